// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { emptyPlan, type PlanContent } from '../../../../shared/plan.js';
import { caseAnswer } from '../../../testing/caseAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../../../testing/render.js';
import { allowed } from '../commands.js';
import { PlanEditor } from './PlanEditor.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';
const unitId = '3f1c2a9e-5b7d-4c1e-8a2f-6d9b0e4c7a11';

const written: PlanContent = {
  ...emptyPlan(),
  needs: 'Hjälp med mat',
  goals: [{ key: 'g-1', kind: 'individual', text: 'Bo kvar hemma', codes: [] }],
  efforts: [
    {
      key: 'e-1',
      description: 'Hemtjänst varje morgon',
      responsibleUnitId: unitId,
      contactPerson: '',
      startDate: '2026-12-01',
      endDate: null,
      goalKeys: ['g-1'],
      codes: [],
    },
  ],
  followUpDate: '2027-03-01',
};

function caseWith(
  content: PlanContent | null,
  revision: number,
  allowedActions: SipDetail['allowedActions'],
): SipDetail {
  const sip = caseAnswer(sipId);
  return {
    ...sip,
    phase: 'meeting_held',
    allowedActions,
    plan: content && {
      revision,
      establishedVersion: allowedActions.includes('changePlan') ? 1 : null,
      content,
      missing: [],
      updatedByName: 'Anna Andersson',
      updatedAt: '2026-11-30T10:00:00.000Z',
      template: null,
    },
  };
}

function renderEditor(sip: SipDetail, onSaved?: () => void) {
  return renderWeb(
    <PlanEditor sip={sip} can={allowed(sip)} organisations={undefined} units={new Map()} onSaved={onSaved} />,
  );
}

/** Answers a save with the case holding the plan it sent, one revision on. */
function savedAnswer(request: SentRequest, revision: number) {
  const { content } = request.body as { content: PlanContent };
  return { status: 200, body: caseWith(content, revision, ['savePlanDraft']) };
}

/** The refusal of a save based on revision 4, when someone else has saved revision 6 with other needs. */
const staleAnswer = {
  status: 409,
  body: {
    status: 409,
    code: 'stale_plan',
    detail: 'Planen har ändrats.',
    current: caseWith({ ...written, needs: 'Hjälp med mat och medicin' }, 6, ['savePlanDraft']).plan,
  },
};

describe('the plan editor', () => {
  it('sends the plan with a goal and an effort added, an open choice and a cleared date as none', async () => {
    const sent = answerRequests((request) => savedAnswer(request, 1));
    renderEditor(caseWith(null, 0, ['savePlanDraft']));

    expect(screen.getByRole('status').textContent).toBe('Allt är sparat.');
    await userEvent.type(screen.getByLabelText(/^Behov/), 'Hjälp med mat');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    await userEvent.type(screen.getByLabelText('Målet'), 'Bo kvar hemma');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till insats' }));
    const effort = screen.getByRole('group', { name: 'Insats 1' });
    await userEvent.type(within(effort).getByLabelText(/Vad ska göras/), 'Hemtjänst');
    await userEvent.type(within(effort).getByLabelText('Startar'), '2026-12-01');
    await userEvent.clear(within(effort).getByLabelText('Startar'));
    await userEvent.click(within(effort).getByRole('checkbox', { name: 'Bo kvar hemma' }));
    expect(screen.getByRole('status').textContent).toBe('Det finns ändringar som inte är sparade.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Allt är sparat.'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.path).toBe(`/api/sips/${sipId}/plan`);
    const body = sent[0]?.body as { baseRevision: number; content: PlanContent; reason: string };
    expect(body.baseRevision).toBe(0);
    expect(body.reason).toBe('');
    expect(body.content.needs).toBe('Hjälp med mat');
    const goal = body.content.goals[0];
    expect(body.content.goals).toEqual([
      { key: goal?.key, kind: 'individual', text: 'Bo kvar hemma', codes: [] },
    ]);
    expect(body.content.efforts).toEqual([
      {
        key: body.content.efforts[0]?.key,
        description: 'Hemtjänst',
        responsibleUnitId: null,
        contactPerson: '',
        startDate: null,
        endDate: null,
        goalKeys: [goal?.key],
        codes: [],
      },
    ]);
    expect(body.content.followUpDate).toBeNull();
  });

  it('saves the next change on the revision the last save produced, without a goal removed from its effort', async () => {
    const sent = answerRequests((request) => savedAnswer(request, 5));
    renderEditor(caseWith(written, 4, ['savePlanDraft']));

    await userEvent.type(screen.getByLabelText(/^Behov/), ' och städning');
    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Allt är sparat.'));
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort mål 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    const bodies = sent.map((request) => request.body as { baseRevision: number; content: PlanContent });
    expect(bodies.map((body) => body.baseRevision)).toEqual([4, 5]);
    expect(bodies[0]?.content.needs).toBe('Hjälp med mat och städning');
    expect(bodies[1]?.content.goals).toEqual([]);
    expect(bodies[1]?.content.efforts[0]?.goalKeys).toEqual([]);
    expect(bodies[1]?.content.efforts[0]?.startDate).toBe('2026-12-01');
    expect(bodies[1]?.content.efforts[0]?.responsibleUnitId).toBe(unitId);
  });

  it('asks why an established plan is changed, without sending anything, and focuses the reason', async () => {
    const sent = answerRequests(() => ({ status: 200, body: {} }));
    renderEditor(caseWith(written, 4, ['changePlan']));

    await userEvent.click(screen.getByRole('button', { name: 'Spara ändringen som ny version' }));

    const reason = screen.getByLabelText(/Varför ändras planen/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('plan-reason-error')?.textContent).toBe('Fyll i det här.');
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.activeElement).toBe(reason);
    expect(sent).toEqual([]);
  });

  it('says what is wrong with the coordinator’s e-mail and phone before sending, and focuses the first', async () => {
    const sent = answerRequests(() => ({ status: 200, body: {} }));
    renderEditor(caseWith(written, 4, ['savePlanDraft']));

    await userEvent.type(screen.getByLabelText(/^Telefon/), '070-123 45 67 (vxl)');
    await userEvent.type(screen.getByLabelText('E-post'), 'inte en adress');
    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));

    const phone = screen.getByLabelText(/^Telefon/);
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('plan-coordinator-phone-error')?.textContent).toBe(
      'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och +.',
    );
    expect(screen.getByLabelText('E-post').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('plan-coordinator-email-error')?.textContent).toMatch(/e-post/i);
    expect(document.activeElement).toBe(phone);
    expect(sent).toEqual([]);
  });

  it('puts a rule refusal on the field it names and focuses it', async () => {
    answerRequests(() => ({
      status: 422,
      body: {
        status: 422,
        code: 'principal_not_taking_part',
        detail: 'Huvudmannen tar inte del i samordningen.',
        field: 'content.overallResponsibilityOrganisationId',
      },
    }));
    renderEditor(caseWith(written, 4, ['savePlanDraft']));

    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));

    await waitFor(() =>
      expect(document.getElementById('plan-overallResponsibilityOrganisationId-error')?.textContent).toBe(
        'Huvudmannen tar inte del i samordningen.',
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('Huvudmannen tar inte del i samordningen.');
    expect(document.activeElement?.id).toBe('plan-overallResponsibilityOrganisationId');
  });

  it('offers the newer plan when someone else saved first, and saves mine on top of it when asked', async () => {
    const sent = answerRequests((request) =>
      (request.body as { baseRevision: number }).baseRevision === 4 ? staleAnswer : savedAnswer(request, 7),
    );
    renderEditor(caseWith(written, 4, ['savePlanDraft']));

    await userEvent.type(screen.getByLabelText(/^Behov/), ' varje dag');
    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Spara min version ovanpå' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Allt är sparat.'));
    const bodies = sent.map((request) => request.body as { baseRevision: number; content: PlanContent });
    expect(bodies.map((body) => body.baseRevision)).toEqual([4, 6]);
    expect(bodies[1]?.content.needs).toBe('Hjälp med mat varje dag');
  });

  it('loads the newer plan and keeps my text beside it', async () => {
    answerRequests(() => staleAnswer);
    renderEditor(caseWith(written, 4, ['savePlanDraft']));

    await userEvent.type(screen.getByLabelText(/^Behov/), ' varje dag');
    await userEvent.click(screen.getByRole('button', { name: 'Spara planen' }));
    await userEvent.click(await screen.findByRole('button', { name: /Hämta den senaste planen/ }));

    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Behov/).value).toBe('Hjälp med mat och medicin');
    const draft = screen.getByRole('region', { name: 'Din text som inte sparades' });
    expect(draft.textContent).toContain('Hjälp med mat varje dag');
    expect(screen.getByRole('status').textContent).toBe('Allt är sparat.');
  });
});
