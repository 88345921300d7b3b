// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyPlan, type PlanContent } from '../../../../shared/plan.js';
import { caseAnswer } from '../../../testing/caseAnswer.js';
import { answerRequests, renderWeb } from '../../../testing/render.js';
import { FollowUpForm } from './FollowUpForm.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';

const plan: PlanContent = {
  ...emptyPlan(),
  goals: [{ key: 'goal-1', kind: 'individual', text: 'Bo kvar hemma', codes: [] }],
  efforts: [
    {
      key: 'effort-1',
      description: 'Hemtjänst varje morgon',
      responsibleUnitId: null,
      contactPerson: '',
      startDate: null,
      endDate: null,
      goalKeys: ['goal-1'],
      codes: [],
    },
  ],
};

describe('the follow-up form', () => {
  it('asks for every outcome not chosen yet, without sending anything, and focuses the first', async () => {
    const sent = answerRequests(() => ({ status: 200, body: caseAnswer(sipId) }));
    renderWeb(<FollowUpForm sipId={sipId} plan={plan} onDone={() => undefined} />);

    const effort = screen.getByRole('group', { name: 'Insats: Hemtjänst varje morgon' });
    await userEvent.click(within(effort).getByRole('radio', { name: 'Uppnått' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljningen' }));

    const goal = screen.getByRole('group', { name: 'Mål: Bo kvar hemma' });
    expect(within(goal).getByText('Gör ett val här.')).toBeTruthy();
    expect(within(effort).queryByText('Gör ett val här.')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.activeElement).toBe(within(goal).getByRole('radio', { name: 'Uppnått' }));
    expect(sent).toEqual([]);
  });

  it('sends each item under its kind and key, and no next date when none is given', async () => {
    let done = false;
    const sent = answerRequests(() => ({ status: 200, body: caseAnswer(sipId) }));
    renderWeb(<FollowUpForm sipId={sipId} plan={plan} onDone={() => (done = true)} />);

    const heldOn = screen.getByLabelText(/Datum för uppföljningen/);
    await userEvent.clear(heldOn);
    await userEvent.type(heldOn, '2026-12-01');
    const goal = screen.getByRole('group', { name: 'Mål: Bo kvar hemma' });
    await userEvent.click(within(goal).getByRole('radio', { name: 'Delvis uppnått' }));
    await userEvent.type(within(goal).getByLabelText('Kommentar'), 'Bättre än väntat');
    const effort = screen.getByRole('group', { name: 'Insats: Hemtjänst varje morgon' });
    await userEvent.click(within(effort).getByRole('radio', { name: 'Uppnått' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljningen' }));

    await waitFor(() => expect(done).toBe(true));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/sips/${sipId}/follow-ups`,
        body: {
          heldOn: '2026-12-01',
          items: [
            { kind: 'goal', key: 'goal-1', outcome: 'partly', note: 'Bättre än väntat' },
            { kind: 'effort', key: 'effort-1', outcome: 'achieved', note: '' },
          ],
          notes: '',
          problems: '',
          nextDate: null,
        },
      },
    ]);
  });
});
