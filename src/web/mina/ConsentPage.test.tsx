// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PersonConsent } from '../../shared/api/personSide.js';
import { overviewAnswer, sipId } from '../testing/personAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { ConsentPart } from './ConsentPage.js';

const given: PersonConsent = {
  consent: {
    decision: 'given',
    givenBy: 'individual',
    givenOn: '2026-02-01',
    validUntil: '2027-02-01',
    units: ['Vårdcentralen Eken', 'Socialtjänsten Norr'],
    relativesMayTakePart: true,
    withdrawnAt: null,
  },
};

/** The server keeps the consent: given, until a withdrawal is sent. */
function server() {
  let consent = given;
  return (request: SentRequest) => {
    if (request.method === 'POST' && given.consent)
      consent = { consent: { ...given.consent, withdrawnAt: '2026-03-05T13:00:00.000Z' } };
    return { status: 200, body: consent };
  };
}

const withdrawals = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe('my consent', () => {
  it('shows what was consented to, by whom, when and until when, and who may share', async () => {
    answerRequests(server());
    renderWeb(<ConsentPart overview={overviewAnswer({ allowedActions: ['readConsent'] })} />);

    expect(await screen.findByText('Du har sagt ja')).toBeTruthy();
    expect(screen.getByText('Du själv')).toBeTruthy();
    expect(screen.getByText('1 februari 2027')).toBeTruthy();
    expect(screen.getByText('Socialtjänsten Norr')).toBeTruthy();
    // Withdrawing is not offered to someone the overview does not allow it.
    expect(screen.queryByRole('button', { name: 'Ta tillbaka samtycket' })).toBeNull();
  });

  it('asks before withdrawing, says what it means, and sends nothing when the person says no', async () => {
    const sent = answerRequests(server());
    renderWeb(
      <ConsentPart overview={overviewAnswer({ allowedActions: ['readConsent', 'withdrawConsent'] })} />,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Ta tillbaka samtycket' }));

    const question = screen.getByRole('region', { name: 'Vill du ta tillbaka ditt samtycke?' });
    expect(within(question).getByText(/Samordningen kan inte fortsätta utan samtycke/)).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Vill du ta tillbaka ditt samtycke?' }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Nej, avbryt' }));

    expect(screen.queryByRole('region', { name: 'Vill du ta tillbaka ditt samtycke?' })).toBeNull();
    expect(withdrawals(sent)).toEqual([]);
  });

  it('withdraws once confirmed, with the reason given, and then shows it withdrawn', async () => {
    const sent = answerRequests(server());
    renderWeb(
      <ConsentPart overview={overviewAnswer({ allowedActions: ['readConsent', 'withdrawConsent'] })} />,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Ta tillbaka samtycket' }));
    await userEvent.type(screen.getByLabelText(/Vill du säga varför/), ' Jag vill inte längre ');
    await userEvent.click(screen.getByRole('button', { name: 'Ja, ta tillbaka samtycket' }));

    expect(await screen.findByText('Ditt samtycke är tillbakataget.')).toBeTruthy();
    expect(screen.getByText(/Samtycket togs tillbaka torsdag 5 mars 2026 (kl. )?14:00/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta tillbaka samtycket' })).toBeNull();
    expect(withdrawals(sent)).toEqual([
      {
        method: 'POST',
        path: `/api/person/sips/${sipId}/consent/withdraw`,
        body: { note: 'Jag vill inte längre' },
      },
    ]);
  });

  it('says a refusal in words and keeps the question open', async () => {
    answerRequests((request) =>
      request.method === 'POST'
        ? {
            status: 409,
            body: { status: 409, code: 'sip_closed', detail: 'Den här SIP:en är avslutad.' },
          }
        : { status: 200, body: given },
    );
    renderWeb(
      <ConsentPart overview={overviewAnswer({ allowedActions: ['readConsent', 'withdrawConsent'] })} />,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Ta tillbaka samtycket' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, ta tillbaka samtycket' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Den här SIP:en är avslutad.');
    expect(screen.getByRole('region', { name: 'Vill du ta tillbaka ditt samtycke?' })).toBeTruthy();
  });
});
