// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PersonSipOverview } from '../../shared/api/personSide.js';
import { meetingId, overviewAnswer, sipId, sipSummary } from '../testing/personAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { MinaRoutes } from './minaRoutes.js';

/** The overview's server: the overview as it stands, changed by the person's answer to the meeting. */
function server(start: PersonSipOverview) {
  let overview = start;
  return (request: SentRequest) => {
    if (request.path === '/api/person/sips') return { status: 200, body: { sips: [sipSummary()] } };
    if (request.path === `/api/person/sips/${sipId}`) return { status: 200, body: overview };
    if (request.path === `/api/person/sips/${sipId}/meeting-answer`) {
      const body = request.body as { answer: 'coming' | 'another_time'; wish: string };
      overview = {
        ...overview,
        nextMeeting: overview.nextMeeting && {
          ...overview.nextMeeting,
          myAnswer: { answer: body.answer, wish: body.wish, answeredAt: '2026-12-07T10:00:00.000Z' },
        },
      };
      return { status: 200, body: overview };
    }
    return { status: 404, body: { status: 404, code: 'not_found', detail: 'Finns inte.' } };
  };
}

const posts = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe('a SIP’s overview', () => {
  it('says what happens now and shows the next meeting: when, how, where and who is coming', async () => {
    answerRequests(server(overviewAnswer()));
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}`);

    await screen.findByRole('heading', { name: 'Din SIP', level: 1 });
    expect(screen.getByText('Ett SIP-möte är bokat. På mötet gör ni planen tillsammans.')).toBeTruthy();
    const meeting = screen.getByRole('region', { name: 'Nästa möte' });
    expect(meeting.textContent).toContain('Ni träffas på plats');
    expect(meeting.textContent).toContain('Storgatan 1, Exempelby');
    expect(meeting.textContent).toContain('Biståndsenheten – kommer');
    expect(meeting.textContent).toContain('Vårdcentralen Exempelby – har inte svarat än');
    expect(meeting.textContent).toContain('14:00–15:30');
    const coordinator = screen.getByRole('region', { name: 'Vem håller ihop planen?' });
    expect(within(coordinator).getByRole('link', { name: 'Ring 010-123 45 67' }).getAttribute('href')).toBe(
      'tel:0101234567',
    );
    expect(screen.getByRole('link', { name: 'Läs planen och svara' }).getAttribute('href')).toBe(
      `/mina/sip/${sipId}/planen`,
    );
  });

  it('answers that the person is coming with one tap, and says so', async () => {
    const sent = answerRequests(server(overviewAnswer()));
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Jag kommer' }));

    await screen.findByText('Tack! Nu vet de att du kommer.');
    expect(screen.getByText('Du har svarat att du kommer.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jag kommer' })).toBeNull();
    expect(posts(sent)).toEqual([
      {
        method: 'POST',
        path: `/api/person/sips/${sipId}/meeting-answer`,
        body: { meetingId, answer: 'coming', wish: '' },
      },
    ]);
  });

  it('asks for another time with the person’s wish', async () => {
    const sent = answerRequests(server(overviewAnswer()));
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Jag vill ha en annan tid' }));
    await userEvent.type(
      screen.getByLabelText('Vilken tid passar dig bättre? (frivilligt)'),
      'Efter klockan 14',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    await screen.findByText('Tack! Nu vet de att du vill ha en annan tid.');
    expect(screen.getByText('Du skrev: Efter klockan 14')).toBeTruthy();
    expect(posts(sent).map((request) => request.body)).toEqual([
      { meetingId, answer: 'another_time', wish: 'Efter klockan 14' },
    ]);
  });

  it('offers only what the person may do: a guest who may read the meeting neither answers nor approves', async () => {
    answerRequests(
      server(
        overviewAnswer({
          relation: 'guest',
          firstName: 'Tor',
          allowedActions: ['seeCase', 'readMeeting'],
          coordinator: null,
        }),
      ),
    );
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}`);

    await screen.findByRole('heading', { name: 'SIP för Tor', level: 1 });
    expect(screen.getByRole('region', { name: 'Nästa möte' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jag kommer' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Läs planen och svara' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Läs planen' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Mer om SIP:en' })).toBeNull();
  });

  it('links the pages the person may open', async () => {
    answerRequests(server(overviewAnswer()));
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}`);

    const more = await screen.findByRole('navigation', { name: 'Mer om SIP:en' });
    expect(
      within(more)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Läs planen', 'Inför mötet: vad är viktigt för dig?']);
  });

  it('shows a refusal in words', async () => {
    answerRequests(() => ({
      status: 404,
      body: { status: 404, code: 'not_found', detail: 'SIP:en finns inte.' },
    }));
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}`);

    expect((await screen.findByRole('alert')).textContent).toContain('SIP:en finns inte.');
  });
});
