// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseAnswer } from '../../testing/caseAnswer.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { CancelMeetingForm } from './CancelMeetingForm.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';

describe('the form that cancels a meeting', () => {
  it('asks for the reason without sending anything while it is empty, and focuses it', async () => {
    const sent = answerRequests(() => ({ status: 200, body: {} }));
    renderWeb(<CancelMeetingForm sipId={sipId} onDone={() => undefined} />);

    await userEvent.type(screen.getByLabelText(/Varför ställs mötet in/), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Ställ in mötet nu' }));

    const reason = screen.getByLabelText(/Varför ställs mötet in/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('cancel-meeting-reason-error')?.textContent).toBe('Fyll i det här.');
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.activeElement).toBe(reason);
    expect(sent).toEqual([]);
  });

  it('sends the reason as the schema reads it, trimmed', async () => {
    let done = false;
    const sent = answerRequests(() => ({ status: 200, body: caseAnswer(sipId) }));
    renderWeb(<CancelMeetingForm sipId={sipId} onDone={() => (done = true)} />);

    await userEvent.type(screen.getByLabelText(/Varför ställs mötet in/), '  Personen är sjuk ');
    await userEvent.click(screen.getByRole('button', { name: 'Ställ in mötet nu' }));

    await waitFor(() => expect(done).toBe(true));
    expect(sent).toEqual([
      { method: 'POST', path: `/api/sips/${sipId}/meeting/cancel`, body: { reason: 'Personen är sjuk' } },
    ]);
  });

  it('puts the server’s refusal on the field it names', async () => {
    answerRequests(() => ({
      status: 400,
      body: {
        status: 400,
        code: 'invalid_request',
        detail: 'Begäran innehåller fel: Skäl: För lång.',
        errors: [{ field: 'body.reason', name: 'Skäl', code: 'too_big', message: 'För lång.' }],
      },
    }));
    renderWeb(<CancelMeetingForm sipId={sipId} onDone={() => undefined} />);

    await userEvent.type(screen.getByLabelText(/Varför ställs mötet in/), 'Personen är sjuk');
    await userEvent.click(screen.getByRole('button', { name: 'Ställ in mötet nu' }));

    await waitFor(() =>
      expect(document.getElementById('cancel-meeting-reason-error')?.textContent).toBe('För lång.'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Skäl: För lång.');
    expect(document.activeElement).toBe(screen.getByLabelText(/Varför ställs mötet in/));
  });
});
