// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useLinkFromAddress } from '../components/shared/keptLink.js';
import type { SharedSipView } from '../../shared/api/guests.js';
import { answerRequests, type SentRequest } from '../testing/render.js';
import { GuestLinkPage } from './GuestLinkPage.js';
import { unitGuestLink } from './unitGuestLink.js';

const grant = '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b';
const token = 'abcdefghijklmnopqrstuvwxyz0123456789';

const shared: SharedSipView = {
  id: grant,
  sipId: '4f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b',
  caseNumber: 'SIP-2026-0042',
  personName: 'Tor Testsson',
  kind: 'school',
  scope: 'meeting',
  expiresAt: '2026-06-01T10:00:00.000Z',
  phase: 'invitation',
  meeting: {
    startsAt: '2026-03-12T13:00:00.000Z',
    endsAt: '2026-03-12T14:30:00.000Z',
    form: 'in_person',
    place: 'Ekskolan, rum 12',
    status: 'scheduled',
  },
  plan: null,
  followUps: null,
};

/** The staff app keeps a link's token from the address before anything else (App.tsx). */
function StaffRoutes() {
  useLinkFromAddress(unitGuestLink);
  return (
    <Routes>
      <Route path="/gast/:id?" element={<GuestLinkPage />} />
    </Routes>
  );
}

/** The staff app's route for the page, opened at `address` as the mailed link opens it. */
function openAt(address: string) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[address]}>
        <StaffRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const redemptions = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe('the page of what an individual shared with a unit', () => {
  afterEach(() => unitGuestLink.forget());

  it('uses the link’s token once and then shows what was shared, read-only', async () => {
    const sent = answerRequests((request) =>
      request.method === 'POST' ? { status: 200, body: { id: grant } } : { status: 200, body: shared },
    );
    openAt(`/gast#${token}`);

    expect(await screen.findByRole('heading', { name: 'Tor Testsson' })).toBeTruthy();
    expect(screen.getByText(/Du kan läsa men inte ändra/)).toBeTruthy();
    expect(screen.getByText('Ekskolan, rum 12')).toBeTruthy();
    // The scope is the meeting only: no plan is asked for or shown.
    expect(screen.queryByRole('heading', { name: 'Planen' })).toBeNull();
    expect(redemptions(sent)).toEqual([{ method: 'POST', path: '/api/guest-links/redeem', body: { token } }]);
    expect(sent.at(-1)?.path).toBe(`/api/shared-sips/${grant}`);
    // Spent: it is not kept for another page.
    expect(unitGuestLink.kept()).toBeNull();
  });

  it('uses a link kept while its staff member signed in, once back at the page', async () => {
    const sent = answerRequests((request) =>
      request.method === 'POST' ? { status: 200, body: { id: grant } } : { status: 200, body: shared },
    );
    unitGuestLink.keep(token);
    openAt('/gast');

    expect(await screen.findByRole('heading', { name: 'Tor Testsson' })).toBeTruthy();
    expect(redemptions(sent)).toEqual([{ method: 'POST', path: '/api/guest-links/redeem', body: { token } }]);
  });

  it('says in words why a link does not open', async () => {
    answerRequests(() => ({
      status: 403,
      body: {
        status: 403,
        code: 'guest_link_other_unit',
        detail: 'Länken är till en annan verksamhet. Välj den verksamhet som bjöds in och försök igen.',
      },
    }));
    openAt(`/gast#${token}`);

    expect(await screen.findByRole('heading', { name: 'Länken gick inte att öppna' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Länken är till en annan verksamhet.');
    expect(unitGuestLink.kept()).toBeNull();
  });
});
