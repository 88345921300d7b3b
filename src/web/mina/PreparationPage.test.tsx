// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sipId } from '../testing/personAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { MinaRoutes } from './minaRoutes.js';

const path = `/api/person/sips/${sipId}/preparation`;
const written = {
  whatMatters: 'Att jag får bo kvar hemma.',
  questions: '',
  ownGoals: '',
  updatedAt: '2026-12-01T09:30:00.000Z',
};

/** The preparation's server: what was written, replaced by what is saved; `refusal` answers a save instead. */
function server(refusal?: { status: number; body: unknown }) {
  let kept = written;
  return (request: SentRequest) => {
    if (request.method === 'GET' && request.path === path) return { status: 200, body: kept };
    if (request.method === 'PUT' && request.path === path) {
      if (refusal) return refusal;
      kept = { ...(request.body as typeof written), updatedAt: '2026-12-07T10:00:00.000Z' };
      return { status: 200, body: kept };
    }
    return { status: 404, body: { status: 404, code: 'not_found', detail: 'Finns inte.' } };
  };
}

describe('my words before the meeting', () => {
  it('starts from what the person wrote before and saves all three in their own words', async () => {
    const sent = answerRequests(server());
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/infor-motet`);

    const whatMatters = await screen.findByLabelText('Vad är viktigt för mig?');
    expect((whatMatters as HTMLTextAreaElement).value).toBe('Att jag får bo kvar hemma.');
    expect(screen.getByText(/Senast sparat/).textContent).toContain('1 december 2026');
    await userEvent.type(screen.getByLabelText('Mina frågor'), 'Kan jag få hjälp på kvällen?');
    await userEvent.type(screen.getByLabelText('Mina egna mål'), 'Laga mat själv.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await screen.findByText('Sparat. De som kommer på mötet kan läsa det.');
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        path,
        body: {
          whatMatters: 'Att jag får bo kvar hemma.',
          questions: 'Kan jag få hjälp på kvällen?',
          ownGoals: 'Laga mat själv.',
        },
      },
    ]);
  });

  it('refuses a text that is too long before sending, and shows the server’s refusal in words', async () => {
    const sent = answerRequests(
      server({
        status: 409,
        body: { status: 409, code: 'sip_closed', detail: 'SIP:en är avslutad. Det går inte att ändra.' },
      }),
    );
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/infor-motet`);

    const questions = await screen.findByLabelText('Mina frågor');
    await userEvent.click(questions);
    await userEvent.paste('x'.repeat(4001));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(questions.getAttribute('aria-invalid')).toBe('true'));
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([]);

    await userEvent.clear(questions);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect((await screen.findByRole('alert')).textContent).toContain('SIP:en är avslutad.');
    expect(screen.queryByText('Sparat. De som kommer på mötet kan läsa det.')).toBeNull();
  });
});
