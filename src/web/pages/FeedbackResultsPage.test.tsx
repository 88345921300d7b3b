// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shiftDate, stockholmToday } from '../components/shared/time.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { FeedbackResultsPage } from './FeedbackResultsPage.js';

const fewerThanFive = { answers: null, suppressed: true, questions: [], freeTexts: [] };

function periodsAsked(sent: SentRequest[]) {
  return sent.map((request) => new URL(request.path, 'http://samplan.test').searchParams.toString());
}

describe('the period of the feedback results', () => {
  it('shows the year up to today, and another period only once it is asked for', async () => {
    const sent = answerRequests(() => ({ status: 200, body: fewerThanFive }));
    renderWeb(<FeedbackResultsPage />);

    await screen.findByText('Färre än 5 svar – resultatet visas inte.');
    const from = screen.getByLabelText('Från och med');
    const to = screen.getByLabelText('Till och med');
    const today = stockholmToday();
    expect(periodsAsked(sent)).toEqual([`from=${shiftDate(today, { years: -1 })}&to=${today}`]);

    await userEvent.clear(from);
    await userEvent.type(from, '2026-01-01');
    await userEvent.clear(to);
    await userEvent.type(to, '2026-06-30');
    expect(sent).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Visa' }));

    await waitFor(() => expect(periodsAsked(sent).at(-1)).toBe('from=2026-01-01&to=2026-06-30'));
  });

  it('asks for a date left empty on its field, focuses it, and asks the server nothing', async () => {
    const sent = answerRequests(() => ({ status: 200, body: fewerThanFive }));
    renderWeb(<FeedbackResultsPage />);

    await screen.findByText('Färre än 5 svar – resultatet visas inte.');
    const to = screen.getByLabelText('Till och med');
    await userEvent.clear(to);
    await userEvent.click(screen.getByRole('button', { name: 'Visa' }));

    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('feedback-to-error')?.textContent).toBe('Fyll i det här.');
    expect(document.activeElement).toBe(to);
    expect(sent).toHaveLength(1);
  });
});
