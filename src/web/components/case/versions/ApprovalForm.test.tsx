// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseAnswer } from '../../../testing/caseAnswer.js';
import { answerRequests, renderWeb } from '../../../testing/render.js';
import { ApprovalForm } from './ApprovalForm.js';

const sipId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('the approval of a plan version', () => {
  it('asks how the plan was approved before anything is sent', async () => {
    const sent = answerRequests(() => ({ status: 200, body: caseAnswer(sipId) }));
    renderWeb(<ApprovalForm sipId={sipId} version={2} onDone={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: 'Spara godkännandet' }));

    expect(document.getElementById('approval-2-method-error')?.textContent).toBe('Gör ett val här.');
    expect(screen.getByRole('radio', { name: 'Muntligt' }).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'På mötet' }));
    expect(sent).toEqual([]);
  });

  it('sends the chosen method and the note for the version', async () => {
    let done = false;
    const sent = answerRequests(() => ({ status: 200, body: caseAnswer(sipId) }));
    renderWeb(<ApprovalForm sipId={sipId} version={2} onDone={() => (done = true)} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Muntligt' }));
    await userEvent.type(screen.getByLabelText('Anteckning'), 'Per telefon');
    await userEvent.click(screen.getByRole('button', { name: 'Spara godkännandet' }));

    await waitFor(() => expect(done).toBe(true));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/sips/${sipId}/plan/versions/2/approval`,
        body: { method: 'oral', note: 'Per telefon' },
      },
    ]);
  });
});
