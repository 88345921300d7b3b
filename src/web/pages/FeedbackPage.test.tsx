// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { FeedbackPage } from './FeedbackPage.js';

const token = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

const questions = {
  respect: 'Blev du bemött med respekt?',
  coDetermination: 'Fick du vara med och bestämma?',
  relevance: 'Handlade mötet om det som är viktigt för dig?',
  structure: 'Var mötet välordnat?',
  information: 'Fick du den information du behövde?',
  followUp: 'Vet du vad som händer nu och när planen ska följas upp?',
};

function answer(request: SentRequest) {
  return request.method === 'GET'
    ? { status: 200, body: { expiresAt: '2026-12-21T12:00:00.000Z' } }
    : { status: 200, body: {} };
}

async function choose(question: string, score: string) {
  const group = screen.getByRole('group', { name: question });
  await userEvent.click(within(group).getByRole('radio', { name: score }));
}

describe('the feedback form', () => {
  it('names the questions not answered yet, sends nothing, and focuses the first of them', async () => {
    const sent = answerRequests(answer);
    renderWeb(<FeedbackPage token={token} />);

    await screen.findByRole('heading', { name: 'Vad tyckte du om SIP-mötet?' });
    await choose(questions.respect, '4');
    await choose(questions.relevance, 'Vet ej');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka mina svar' }));

    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain(`Det saknas svar på: ${questions.coDetermination}`);
    expect(alert).not.toContain(questions.respect);
    expect(alert).not.toContain(questions.relevance);
    const first = screen.getByRole('group', { name: questions.coDetermination });
    expect(first.className).toContain('score-missing');
    expect(document.activeElement).toBe(within(first).getAllByRole('radio')[0]);
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    await choose(questions.coDetermination, '2');
    expect(screen.getByRole('alert').textContent).not.toContain(questions.coDetermination);
  });

  it('sends each score as a number, “vet ej” as none and the free text trimmed, then thanks the person', async () => {
    const sent = answerRequests(answer);
    renderWeb(<FeedbackPage token={token} />);

    await screen.findByRole('heading', { name: 'Vad tyckte du om SIP-mötet?' });
    await choose(questions.respect, '5 – Helt och hållet');
    await choose(questions.coDetermination, '3');
    await choose(questions.relevance, '4');
    await choose(questions.structure, '2');
    await choose(questions.information, 'Vet ej');
    await choose(questions.followUp, '1 – Inte alls');
    await userEvent.type(
      screen.getByLabelText('Vill du säga något mer? (frivilligt)'),
      ' Bra att alla var där. ',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka mina svar' }));

    await screen.findByRole('heading', { name: 'Tack för dina svar!' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Tack för dina svar!'));
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      {
        method: 'POST',
        path: `/api/feedback/${token}`,
        body: {
          respect: 5,
          coDetermination: 3,
          relevance: 4,
          structure: 2,
          information: null,
          followUp: 1,
          freeText: 'Bra att alla var där.',
        },
      },
    ]);
  });
});
