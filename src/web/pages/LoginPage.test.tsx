// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { LoginPage } from './LoginPage.js';

const passwordOnly = { password: true, singleSignOn: null };

/** The server's sign-in: the methods offered, and `refusal` for every attempt to sign in with a password. */
function server(refusal: { status: number; body: unknown }, methods: unknown = passwordOnly) {
  return (request: SentRequest) =>
    request.path === '/api/auth/methods' ? { status: 200, body: methods } : refusal;
}

const wrongPassword = {
  status: 401,
  body: { status: 401, code: 'wrong_credentials', detail: 'Fel användarnamn eller lösenord.' },
};

function posts(sent: SentRequest[]) {
  return sent.filter((request) => request.method === 'POST');
}

describe('the sign-in form', () => {
  it('asks for what is empty on its field, focuses the first, and sends nothing', async () => {
    const sent = answerRequests(server(wrongPassword));
    renderWeb(<LoginPage />);

    await userEvent.type(screen.getByLabelText('Lösenord'), 'hemligt');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    const username = screen.getByLabelText('Användarnamn');
    await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('username-error')?.textContent).toBe('Fyll i det här.');
    expect(username.getAttribute('aria-describedby')).toBe('username-error');
    expect(screen.getByLabelText('Lösenord').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(username);
    expect(posts(sent)).toEqual([]);
  });

  it('sends the username trimmed with the password, and shows a refusal as the server words it', async () => {
    const sent = answerRequests(server(wrongPassword));
    renderWeb(<LoginPage />);

    await userEvent.type(screen.getByLabelText('Användarnamn'), ' helena ');
    await userEvent.type(screen.getByLabelText('Lösenord'), 'fel-lösenord');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Fel användarnamn eller lösenord.');
    expect(alert.textContent).not.toContain('Inloggningen är tillfälligt spärrad');
    expect(posts(sent)).toEqual([
      { method: 'POST', path: '/api/auth/login', body: { username: 'helena', password: 'fel-lösenord' } },
    ]);

    // The refusal gives way to the form's own word once a field is emptied again.
    await userEvent.clear(screen.getByLabelText('Lösenord'));
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(document.getElementById('password-error')?.textContent).toBe('Fyll i det här.');
    expect(posts(sent)).toHaveLength(1);
  });

  it('says a lockout under a heading of its own, so it is not read as a wrong password', async () => {
    const locked = 'För många misslyckade inloggningsförsök. Försök igen om 15 minuter.';
    answerRequests(server({ status: 429, body: { status: 429, code: 'locked', detail: locked } }));
    renderWeb(<LoginPage />);

    await userEvent.type(screen.getByLabelText('Användarnamn'), 'helena');
    await userEvent.type(screen.getByLabelText('Lösenord'), 'fel-igen');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inloggningen är tillfälligt spärrad');
    expect(alert.textContent).toContain(locked);
  });

  it('offers the county’s single sign-on first, with the password form as the second way in', async () => {
    answerRequests(
      server(wrongPassword, {
        password: true,
        singleSignOn: { label: 'Region Sörmarks inloggning', startUrl: '/api/auth/oidc/start' },
      }),
    );
    renderWeb(<LoginPage />);

    const provider = await screen.findByRole('link', { name: 'Logga in med Region Sörmarks inloggning' });
    expect(provider.getAttribute('href')).toBe('/api/auth/oidc/start');
    expect(screen.getByText('eller med användarnamn och lösenord')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Logga in' }).className).toBe('button-secondary');
  });
});
