// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GuestView } from '../../shared/api/guests.js';
import { overviewAnswer, sipId } from '../testing/personAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { GuestsPart } from './GuestsPage.js';

const address = `/api/person/sips/${sipId}/guests`;
const school = {
  id: '0b6f7e2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  name: 'Ekskolan',
  organisationName: 'Eksunds kommun',
};

const anna: GuestView = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  kind: 'relative',
  name: 'Anna Berg',
  scope: 'plan',
  status: 'redeemed',
  expiresAt: '2026-06-01T10:00:00.000Z',
  redeemedAt: '2026-03-02T10:00:00.000Z',
  revokedAt: null,
  unitName: null,
  invitedBy: 'person',
  createdAt: '2026-03-01T10:00:00.000Z',
};

/** The server keeps the guests: Anna at first, one more for each invitation, revoked when asked. */
function server() {
  let guests: GuestView[] = [anna];
  return (request: SentRequest) => {
    if (request.method === 'POST' && request.path.endsWith('/revoke')) {
      guests = guests.map((guest) => ({
        ...guest,
        status: 'revoked',
        revokedAt: '2026-03-05T10:00:00.000Z',
      }));
      return { status: 200, body: guests[0] };
    }
    if (request.method === 'POST') {
      const invited: GuestView = {
        ...anna,
        ...(request.body as Pick<GuestView, 'kind' | 'name' | 'scope'>),
        id: '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b',
        status: 'invited',
      };
      guests = [...guests, invited];
      return { status: 201, body: invited };
    }
    return { status: 200, body: guests };
  };
}

const posts = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

function renderGuests() {
  renderWeb(<GuestsPart overview={overviewAnswer({ allowedActions: ['manageGuests'] })} units={[school]} />);
}

describe('my guests', () => {
  it('lists each guest with what they may see, until when and whether they used the link', async () => {
    answerRequests(server());
    renderGuests();

    const card = (await screen.findByRole('heading', { name: 'Anna Berg' })).closest('li');
    if (!card) throw new Error('no card');
    expect(within(card).getByText('Närstående')).toBeTruthy();
    expect(within(card).getByText('Får se: Planen')).toBeTruthy();
    expect(within(card).getByText('Till och med: 1 juni 2026')).toBeTruthy();
    expect(within(card).getByText('Har öppnat inbjudan')).toBeTruthy();
  });

  it('asks for what is missing and sends nothing', async () => {
    const sent = answerRequests(server());
    renderGuests();
    await screen.findByRole('heading', { name: 'Anna Berg' });

    await userEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.getElementById('guest-kind-error')?.textContent).toBe('Gör ett val här.');
    expect(document.getElementById('guest-name-error')?.textContent).toBe('Fyll i det här.');
    expect(document.getElementById('guest-scope-error')?.textContent).toBe('Gör ett val här.');
    expect(posts(sent)).toEqual([]);
  });

  it('asks a relative’s identity number and a school’s unit, each only for its kind', async () => {
    const sent = answerRequests(server());
    renderGuests();
    await screen.findByRole('heading', { name: 'Anna Berg' });

    await userEvent.click(screen.getByLabelText('En närstående, till exempel en släkting'));
    expect(screen.queryByLabelText(/Vilket kontor eller vilken skola/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Gästens namn'), 'Olle Berg');
    await userEvent.type(screen.getByLabelText(/E-post dit inbjudan/), 'olle@example.se');
    await userEvent.click(screen.getByLabelText('Planen'));
    await userEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    expect(document.getElementById('guest-id-number-error')?.textContent).toBe(
      'Skriv gästens personnummer, så att bara den personen kan öppna inbjudan.',
    );

    await userEvent.click(screen.getByLabelText('Skolan'));
    expect(screen.queryByLabelText(/Gästens personnummer/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    expect(document.getElementById('guest-unit-error')?.textContent).toBe('Gör ett val här.');
    expect(posts(sent)).toEqual([]);
  });

  it('invites a school by its unit, without an identity number, and lists it', async () => {
    const sent = answerRequests(server());
    renderGuests();
    await screen.findByRole('heading', { name: 'Anna Berg' });

    await userEvent.click(screen.getByLabelText('Skolan'));
    await userEvent.type(screen.getByLabelText(/Namn på den som ska läsa/), 'Mentor Lisa');
    await userEvent.selectOptions(screen.getByLabelText(/Vilket kontor eller vilken skola/), school.id);
    await userEvent.type(screen.getByLabelText(/E-post dit inbjudan/), 'lisa@ekskolan.se');
    await userEvent.click(screen.getByLabelText('Bara mötet'));
    await userEvent.type(screen.getByLabelText(/Hur många dagar/), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    await screen.findByText('Inbjudan är skickad till Mentor Lisa.');
    expect(posts(sent)).toEqual([
      {
        method: 'POST',
        path: address,
        body: {
          kind: 'school',
          name: 'Mentor Lisa',
          unitId: school.id,
          email: 'lisa@ekskolan.se',
          scope: 'meeting',
          days: 30,
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Mentor Lisa' })).toBeTruthy();
  });

  it('says the server’s refusal in words, such as relatives the consent does not let in', async () => {
    answerRequests((request) =>
      request.method === 'POST'
        ? {
            status: 403,
            body: {
              status: 403,
              code: 'relatives_not_allowed',
              detail: 'Samtycket säger att närstående inte ska vara med.',
            },
          }
        : { status: 200, body: [] },
    );
    renderGuests();
    await screen.findByText('Du har inga gäster.');

    await userEvent.click(screen.getByLabelText('En närstående, till exempel en släkting'));
    await userEvent.type(screen.getByLabelText('Gästens namn'), 'Olle Berg');
    await userEvent.type(screen.getByLabelText(/Gästens personnummer/), '19800101-1234');
    await userEvent.type(screen.getByLabelText(/E-post dit inbjudan/), 'olle@example.se');
    await userEvent.click(screen.getByLabelText('Planen'));
    await userEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Samtycket säger att närstående inte ska vara med.',
      ),
    );
  });

  it('removes a guest only once the person confirms', async () => {
    const sent = answerRequests(server());
    renderGuests();

    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Anna Berg' }));
    expect(screen.getByText(/Vill du ta bort Anna Berg\?/)).toBe(document.activeElement);
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(posts(sent)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Anna Berg' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, ta bort' }));

    await screen.findByText('Anna Berg är borttagen och kan inte se något mer.');
    expect(posts(sent)).toEqual([{ method: 'POST', path: `${address}/${anna.id}/revoke`, body: {} }]);
    expect(await screen.findByText('Borttagen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta bort Anna Berg' })).toBeNull();
  });
});
