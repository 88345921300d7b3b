// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sipId, sipSummary } from '../testing/personAnswer.js';
import { answerRequests, renderWeb } from '../testing/render.js';
import { MinaRoutes } from './minaRoutes.js';

describe('my SIPs', () => {
  it('lists each SIP by how the person stands to it, with what waits for them', async () => {
    const childSip = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    answerRequests(() => ({
      status: 200,
      body: {
        sips: [
          sipSummary({ versionToApprove: 2, nextMeetingAt: '2026-12-10T13:00:00.000Z' }),
          sipSummary({ id: childSip, relation: 'guardian', firstName: 'Alva', phase: 'preparation' }),
        ],
      },
    }));
    renderWeb(<MinaRoutes />, '/mina');

    const [own, child] = await screen.findAllByRole('listitem');
    expect(within(own!).getByRole('link', { name: 'Din SIP' }).getAttribute('href')).toBe(
      `/mina/sip/${sipId}`,
    );
    expect(own!.textContent).toContain('Det finns en ny plan som väntar på ditt svar.');
    expect(own!.textContent).toContain('Nästa möte: torsdag 10 december 2026 kl. 14:00');
    expect(within(child!).getByRole('link', { name: 'SIP för Alva' }).getAttribute('href')).toBe(
      `/mina/sip/${childSip}`,
    );
    expect(child!.textContent).toContain('Du är vårdnadshavare för Alva.');
    expect(child!.textContent).not.toContain('väntar på ditt svar');
  });

  it('says plainly when there is none', async () => {
    answerRequests(() => ({ status: 200, body: { sips: [] } }));
    renderWeb(<MinaRoutes />, '/mina');

    await screen.findByText(/Du är inte med i någon SIP här än\./);
  });
});
