// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseAnswer } from '../../testing/caseAnswer.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { FromPersonSection } from './FromPersonSection.js';
import { GuardianForm } from './GuardianForm.js';
import { PersonContactForm } from './PersonContactForm.js';
import { TakingPartSection } from './TakingPartSection.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';

/** A ten-year-old's case, as the convener sees it. */
function childCase(changes: Partial<SipDetail> = {}): SipDetail {
  const sip = caseAnswer(sipId);
  return {
    ...sip,
    person: { ...sip.person, birthDate: '2016-03-05', age: 10, idNumber: '20160305-1234' },
    allowedChanges: ['recordGuardian', 'removeGuardian', 'decideChildSignIn', 'recordPersonContact'],
    ...changes,
  };
}

const guardian = (id: string, name: string) => ({
  id,
  name,
  idNumber: '19850412-1234',
  email: '',
  mobile: '',
  recordedByName: 'Karin Handläggare',
  recordedAt: '2026-12-01T09:00:00.000Z',
});

describe('recording a guardian', () => {
  it('says in Swedish what is wrong with a mobile number, without sending', async () => {
    const sent = answerRequests(() => ({ status: 200, body: childCase() }));
    renderWeb(<GuardianForm sipId={sipId} onDone={() => undefined} />);

    await userEvent.type(screen.getByLabelText(/^Namn/), 'Sara Testsson');
    await userEvent.type(screen.getByLabelText(/^Personnummer/), '19850412-1234');
    await userEvent.type(screen.getByLabelText(/^Mobilnummer/), '08-123 456 78');
    await userEvent.click(screen.getByRole('button', { name: 'Spara vårdnadshavaren' }));

    expect(document.getElementById('guardian-mobile-error')?.textContent).toMatch(/svenskt mobilnummer/);
    expect(document.activeElement).toBe(screen.getByLabelText(/^Mobilnummer/));
    expect(sent).toEqual([]);
  });

  it('sends the guardian with the mobile number in the form an SMS takes', async () => {
    let done = false;
    const sent = answerRequests(() => ({ status: 200, body: childCase() }));
    renderWeb(<GuardianForm sipId={sipId} onDone={() => (done = true)} />);

    await userEvent.type(screen.getByLabelText(/^Namn/), ' Sara Testsson ');
    await userEvent.type(screen.getByLabelText(/^Personnummer/), '19850412-1234');
    await userEvent.type(screen.getByLabelText(/^Mobilnummer/), '070-123 45 67');
    await userEvent.click(screen.getByRole('button', { name: 'Spara vårdnadshavaren' }));

    await waitFor(() => expect(done).toBe(true));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/sips/${sipId}/guardians`,
        body: { name: 'Sara Testsson', idNumber: '19850412-1234', email: '', mobile: '+46701234567' },
      },
    ]);
  });

  it('puts the server’s refusal of the identity number on its field', async () => {
    answerRequests(() => ({
      status: 422,
      body: {
        status: 422,
        code: 'invalid_id_number',
        detail: 'Personnumret är inte giltigt: kontrollsiffran eller datumet stämmer inte.',
        field: 'idNumber',
        messages: { sv: 'Kontrollsiffran stämmer inte.', en: 'The check digit is wrong.' },
      },
    }));
    renderWeb(<GuardianForm sipId={sipId} onDone={() => undefined} />);

    await userEvent.type(screen.getByLabelText(/^Namn/), 'Sara Testsson');
    await userEvent.type(screen.getByLabelText(/^Personnummer/), '19850412-1235');
    await userEvent.click(screen.getByRole('button', { name: 'Spara vårdnadshavaren' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/kontrollsiffran/i));
  });
});

describe('the individual’s contact for notices', () => {
  it('sends the e-mail and the mobile number, emptied ones as empty', async () => {
    let done = false;
    const sent = answerRequests(() => ({ status: 200, body: childCase() }));
    renderWeb(<PersonContactForm sip={childCase()} onDone={() => (done = true)} />);

    await userEvent.type(screen.getByLabelText(/^E-post/), 'tove@example.se');
    await userEvent.type(screen.getByLabelText(/^Mobilnummer/), '+46 76 123 45 67');
    await userEvent.click(screen.getByRole('button', { name: 'Spara e-post och mobil' }));

    await waitFor(() => expect(done).toBe(true));
    expect(sent).toEqual([
      {
        method: 'PUT',
        path: `/api/sips/${sipId}/person/contact`,
        body: { email: 'tove@example.se', mobile: '+46761234567' },
      },
    ]);
  });
});

describe('who from the individual’s side takes part', () => {
  it('offers no third guardian, removes one, and gives a child of the age their own sign-in', async () => {
    const sent = answerRequests(() => ({ status: 200, body: childCase() }));
    renderWeb(
      <TakingPartSection
        sip={childCase({
          guardians: [
            guardian('0193a0c2-0000-7000-8000-000000000001', 'Sara'),
            guardian('0193a0c2-0000-7000-8000-000000000002', 'Jon'),
          ],
          childSignIn: { allowed: false, fromAge: 10, mayBeAllowed: true },
        })}
      />,
    );

    expect(screen.getByText(/Två vårdnadshavare är registrerade/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lägg till vårdnadshavare' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Jon som vårdnadshavare' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ge barnet egen inloggning' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/sips/${sipId}/guardians/0193a0c2-0000-7000-8000-000000000002/remove`,
        body: {},
      },
      { method: 'POST', path: `/api/sips/${sipId}/child-sign-in`, body: { allowed: true } },
    ]);
  });

  it('says from which age, and offers nothing a unit may not change', () => {
    renderWeb(<TakingPartSection sip={childCase({ allowedChanges: [] })} />);
    expect(screen.getByText('Barnet kan få egen inloggning från 12 års ålder.')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('what the individual’s side told, in the preparation', () => {
  const told: SipDetail['fromPerson'] = {
    preparation: {
      whatMatters: 'Att få vara med.',
      questions: 'Vem kommer?',
      ownGoals: 'Gå till skolan.',
      writtenBy: { name: 'Sara Testsson', relation: 'guardian' },
      updatedAt: '2026-12-01T09:00:00.000Z',
    },
    meetingAnswers: [
      {
        answer: 'another_time',
        wish: 'Efter klockan 15.',
        answeredAt: '2026-12-02T09:00:00.000Z',
        answeredBy: { name: 'Sara Testsson', relation: 'guardian' },
      },
    ],
    objections: [],
    childView: {
      good: 'Fotboll.',
      hard: 'Raster.',
      wishes: 'En kompis.',
      hasPicture: true,
      writtenBy: { name: 'Sara Testsson', relation: 'guardian' },
      updatedAt: '2026-12-03T09:00:00.000Z',
      confirmedAt: null,
      confirmedByName: null,
    },
  };

  it('shows what was told with the picture, and takes the child’s view into the plan draft', async () => {
    const sent = answerRequests(() => ({ status: 200, body: childCase() }));
    renderWeb(
      <FromPersonSection sip={childCase({ fromPerson: told, allowedChanges: ['confirmChildView'] })} />,
    );

    expect(screen.getByText('Att få vara med.')).toBeTruthy();
    expect(screen.getByText(/Ber om en annan tid/)).toBeTruthy();
    expect(screen.getByText(/Efter klockan 15/)).toBeTruthy();
    expect(screen.getByText('Raster.')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Barnets bild' }).getAttribute('src')).toBe(
      `/api/sips/${sipId}/child-view/picture`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ta in i planutkastet' }));
    await waitFor(() =>
      expect(sent).toEqual([{ method: 'POST', path: `/api/sips/${sipId}/child-view/confirm`, body: {} }]),
    );
  });

  it('offers no confirming to a unit the server does not let write the draft', () => {
    renderWeb(<FromPersonSection sip={childCase({ fromPerson: told, allowedChanges: [] })} />);
    expect(screen.queryByRole('button', { name: 'Ta in i planutkastet' })).toBeNull();
  });
});
