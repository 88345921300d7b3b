// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { MinaApp } from './MinaApp.js';
import { overviewAnswer, sipId } from '../testing/personAnswer.js';

const tor = { name: 'Tor Exempelsson', locale: 'sv', method: 'demo' };
const notSignedIn = { status: 401, body: { status: 401, code: 'not_signed_in', detail: 'Logga in först.' } };
const demoMethods = {
  methods: [],
  demo: [{ key: 'tor', name: 'Tor Exempelsson', description: 'Vuxen med en fastställd plan.' }],
};
const brokerMethods = {
  methods: [
    { key: 'bankid', label: 'BankID', startUrl: '/api/person/auth/start/bankid' },
    { key: 'freja', label: 'Freja eID', startUrl: '/api/person/auth/start/freja' },
  ],
  demo: null,
};

/** The individual side's server: who is signed in (changed by signing in and out) and the sign-in methods. */
function server(methods: unknown, signedIn: { me: unknown }) {
  return (request: SentRequest) => {
    if (request.path === '/api/person/me')
      return signedIn.me ? { status: 200, body: signedIn.me } : notSignedIn;
    if (request.path === '/api/person/auth/methods') return { status: 200, body: methods };
    if (request.path === '/api/person/auth/demo') {
      signedIn.me = tor;
      return { status: 200, body: tor };
    }
    if (request.path === '/api/person/auth/sign-out') {
      signedIn.me = null;
      return { status: 204, body: null };
    }
    return { status: 404, body: { status: 404, code: 'not_found', detail: 'Finns inte.' } };
  };
}

afterEach(() => sessionStorage.clear());

describe('the individual side’s sign-in', () => {
  it('offers each e-ID method as a link to the broker, and no demo where there is a broker', async () => {
    answerRequests(server(brokerMethods, { me: null }));
    renderWeb(<MinaApp />, '/mina');

    const bankId = await screen.findByRole('link', { name: 'Logga in med BankID' });
    expect(bankId.getAttribute('href')).toBe('/api/person/auth/start/bankid');
    expect(screen.getByRole('link', { name: 'Logga in med Freja eID' }).getAttribute('href')).toBe(
      '/api/person/auth/start/freja',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Logga in och se din SIP');
    expect(screen.queryByRole('heading', { name: 'Prova som en påhittad person' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Logga ut' })).toBeNull();
  });

  it('signs in as a made-up person in the demo, then shows their pages with a way to sign out', async () => {
    const sent = answerRequests(server(demoMethods, { me: null }));
    renderWeb(<MinaApp />, '/mina');

    const demo = await screen.findByRole('region', { name: 'Prova som en påhittad person' });
    expect(demo.textContent).toContain('Det här är en demo. Personerna är påhittade');
    const tryTor = screen.getByRole('button', { name: 'Prova som Tor Exempelsson' });
    expect(tryTor.getAttribute('aria-describedby')).toBe('mina-demo-tor');
    await userEvent.click(tryTor);

    await screen.findByRole('heading', { name: 'Mina SIP:ar', level: 1 });
    expect(screen.getByText('Inloggad som Tor Exempelsson')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/person/auth/demo', body: { key: 'tor' } },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    await screen.findByRole('heading', { name: 'Logga in och se din SIP', level: 1 });
    expect(sent.filter((request) => request.method === 'POST').at(-1)).toMatchObject({
      path: '/api/person/auth/sign-out',
    });
  });

  it('says in words why an e-ID sign-in came back without a session', async () => {
    answerRequests(server(brokerMethods, { me: null }));
    renderWeb(<MinaApp />, '/mina?sign_in_error=cancelled');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inloggningen gick inte');
    expect(alert.textContent).toContain('Du avbröt inloggningen.');
  });

  it('reads a code it does not know as a failed sign-in, never showing the code', async () => {
    answerRequests(server(brokerMethods, { me: null }));
    renderWeb(<MinaApp />, '/mina?sign_in_error=<script>');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Något gick fel när du loggade in.');
    expect(alert.textContent).not.toContain('script');
  });

  it('keeps a guest link’s token through the sign-in and tells the guest they were invited', async () => {
    answerRequests(server(brokerMethods, { me: null }));
    renderWeb(<MinaApp />, '/mina/gast#token-from-the-mail');

    await screen.findByText('Du har fått en inbjudan. Logga in med e-legitimation för att se den.');
    expect(sessionStorage.getItem('samplan.guestInvitation')).toBe('token-from-the-mail');
  });

  it('goes back to the sign-in page when the session is lost', async () => {
    const signedIn = { me: tor as unknown };
    answerRequests(server(demoMethods, signedIn));
    renderWeb(<MinaApp />, '/mina');
    await screen.findByRole('heading', { name: 'Mina SIP:ar', level: 1 });

    // The session ends elsewhere; signing out answers 401, and the page leads to the sign-in.
    signedIn.me = null;
    answerRequests(() => notSignedIn);
    await userEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    await screen.findByRole('heading', { name: 'Logga in och se din SIP', level: 1 });
    expect(screen.queryByRole('button', { name: 'Logga ut' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('uses a kept invitation once after signing in, and opens the SIP the guest was invited to', async () => {
    sessionStorage.setItem('samplan.guestInvitation', 'token-from-the-mail-0123456789');
    const sent = answerRequests((request) => {
      if (request.path === '/api/person/me') return { status: 200, body: tor };
      if (request.path === '/api/person/guest-links/redeem') return { status: 200, body: { sipId } };
      if (request.path === `/api/person/sips/${sipId}`)
        return { status: 200, body: overviewAnswer({ relation: 'guest', allowedActions: ['seeCase'] }) };
      return { status: 200, body: { sips: [] } };
    });
    // Back from the broker, the guest lands on the side's first page.
    renderWeb(<MinaApp />, '/mina');

    await screen.findByRole('heading', { name: 'SIP för Tor', level: 1 });
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      {
        method: 'POST',
        path: '/api/person/guest-links/redeem',
        body: { token: 'token-from-the-mail-0123456789' },
      },
    ]);
    expect(sessionStorage.getItem('samplan.guestInvitation')).toBeNull();
  });

  it('says why an invitation could not be used, and forgets it', async () => {
    sessionStorage.setItem('samplan.guestInvitation', 'token-from-the-mail-0123456789');
    answerRequests((request) => {
      if (request.path === '/api/person/me') return { status: 200, body: tor };
      if (request.path === '/api/person/guest-links/redeem')
        return {
          status: 410,
          body: { status: 410, code: 'guest_link_expired', detail: 'Länken är för gammal. Be om en ny.' },
        };
      return { status: 200, body: { sips: [] } };
    });
    renderWeb(<MinaApp />, '/mina');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Det gick inte att öppna inbjudan');
    expect(alert.textContent).toContain('Länken är för gammal. Be om en ny.');
    expect(sessionStorage.getItem('samplan.guestInvitation')).toBeNull();
  });
});
