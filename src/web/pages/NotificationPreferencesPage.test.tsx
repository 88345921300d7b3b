// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { NotificationPreferencesPage } from './NotificationPreferencesPage.js';

const stored = [
  { kind: 'invitation_new', email: true },
  { kind: 'meeting_cancelled', email: false },
  { kind: 'plan_changed', email: true },
];

/** The server answers with the stored choices, and a save with the choices it was sent; `hasAddress` as the account has it. */
function server(hasAddress: boolean) {
  return (request: SentRequest) => ({
    status: 200,
    body:
      request.method === 'PUT'
        ? Object.assign({ hasAddress }, request.body)
        : { preferences: stored, hasAddress },
  });
}

function checkbox(name: string): HTMLInputElement {
  const found = screen.getByRole('checkbox', { name });
  if (!(found instanceof HTMLInputElement)) throw new Error(`${name} is no checkbox`);
  return found;
}

describe('the notification preferences', () => {
  it('shows each kind ticked as stored, sends every choice with the one changed, and keeps what was saved', async () => {
    const sent = answerRequests(server(true));
    renderWeb(<NotificationPreferencesPage />);

    await screen.findByRole('group', { name: 'Skicka e-post till mig när' });
    expect(checkbox('Ny kallelse till SIP-möte').checked).toBe(true);
    expect(checkbox('Ett möte har ställts in').checked).toBe(false);
    expect(screen.queryByText(/ingen e-postadress/)).toBeNull();

    await userEvent.click(checkbox('Ett möte har ställts in'));
    await userEvent.click(checkbox('En plan har ändrats'));
    await userEvent.click(screen.getByRole('button', { name: 'Spara valen' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Dina val är sparade.'));
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        path: '/api/me/notification-preferences',
        body: {
          preferences: [
            { kind: 'invitation_new', email: true },
            { kind: 'meeting_cancelled', email: true },
            { kind: 'plan_changed', email: false },
          ],
        },
      },
    ]);
    expect(checkbox('Ett möte har ställts in').checked).toBe(true);
    expect(checkbox('En plan har ändrats').checked).toBe(false);
  });

  it('says that no mail can be sent to a user without an address', async () => {
    answerRequests(server(false));
    renderWeb(<NotificationPreferencesPage />);

    expect(await screen.findByText(/Du har ingen e-postadress registrerad i Samplan/)).toBeTruthy();
  });
});
