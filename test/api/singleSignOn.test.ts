import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/db/database.js';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { Browser } from '../support/browser.js';
import { createOrganisation, createUser } from '../support/factories.js';
import {
  listenIdentityProvider,
  type AccountClaims,
  type IdentityProvider,
} from '../support/identityProvider.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Landing {
  /** Where the browser ends up in Samplan after the sign-in, e.g. "/" or "/?sign_in_error=no_commission". */
  landing: string;
  /** The provider's answer to Samplan's callback, to replay it. */
  callbackUrl: string;
}

describe.each(testDatabaseKinds())('single sign-on by OpenID Connect on %s', (kind: DatabaseKind) => {
  let testDatabase: TestDatabase;
  let provider: IdentityProvider;
  let app: FastifyInstance;
  let appUrl: string;
  const accounts: Record<string, AccountClaims> = {};
  let hsa: { home: string; ifo: string; unknown: string };
  let units: Record<string, string>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    provider = await listenIdentityProvider();
    const config = {
      ...readConfig(provider.env()),
      cookieSecure: false,
      seedDemo: false,
      webRoot: null,
      loginRateLimitPerMinute: 1000,
    };
    app = await buildApp({ database: testDatabase.database, config }, pino({ level: 'silent' }));
    appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    provider.serve(`${appUrl}/api/auth/oidc/callback`, accounts);

    const suffix = uuidv7().slice(-8).toUpperCase();
    hsa = {
      home: `SE2321000016-H${suffix}`,
      ifo: `SE2321000016-I${suffix}`,
      unknown: `SE2321000016-X${suffix}`,
    };
    const municipality = await createOrganisation(testDatabase.database.db, 'municipality', [
      'Hemtjänst',
      'IFO',
    ]);
    units = municipality.units;
    await testDatabase.database.db
      .updateTable('units')
      .set({ hsaId: hsa.home })
      .where('id', '=', units.Hemtjänst!)
      .execute();
    await testDatabase.database.db
      .updateTable('units')
      .set({ hsaId: hsa.ifo })
      .where('id', '=', units.IFO!)
      .execute();
  });

  afterAll(async () => {
    await app.close();
    await provider.close();
    await testDatabase.drop();
  });

  /** Starts at Samplan's sign-in button, signs in at the provider as `login`, and follows every redirect back. */
  async function signIn(browser: Browser, login: string): Promise<Landing> {
    let url = `${appUrl}/api/auth/oidc/start`;
    let callbackUrl = '';
    let init: RequestInit = {};
    for (let step = 0; step < 12; step += 1) {
      const response = await browser.fetch(url, init);
      init = {};
      if (response.status >= 300 && response.status < 400) {
        const next = new URL(response.headers.get('location')!, url);
        if (next.href.startsWith(`${appUrl}/api/auth/oidc/callback`)) callbackUrl = next.href;
        if (next.origin === appUrl && !next.pathname.startsWith('/api/'))
          return { landing: `${next.pathname}${next.search}`, callbackUrl };
        url = next.href;
        continue;
      }
      // The provider's own sign-in form: any password, the login name picks the account.
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('name="login"');
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'whatever' }).toString(),
      };
    }
    throw new Error('The sign-in did not come back to Samplan');
  }

  async function me(browser: Browser) {
    const response = await browser.fetch(`${appUrl}/api/me`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  function newLogin(claims: AccountClaims): string {
    const login = `sso-${uuidv7().slice(-12)}`;
    accounts[login] = { preferred_username: login, ...claims };
    return login;
  }

  it('tells the sign-in page which ways to sign in there are', async () => {
    const response = await fetch(`${appUrl}/api/auth/methods`);
    expect(await response.json()).toEqual({
      password: true,
      singleSignOn: { label: 'Region Sörmarks inloggning', startUrl: '/api/auth/oidc/start' },
    });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, bound to this browser', async () => {
    const browser = new Browser();
    const response = await browser.fetch(`${appUrl}/api/auth/oidc/start`);
    expect(response.status).toBe(303);
    const target = new URL(response.headers.get('location')!);
    expect(target.origin).toBe(provider.issuer);
    expect(target.searchParams.get('response_type')).toBe('code');
    expect(target.searchParams.get('client_id')).toBe('samplan');
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    expect(target.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(target.searchParams.get('nonce')).toBeTruthy();
    expect(target.searchParams.get('redirect_uri')).toBe(`${appUrl}/api/auth/oidc/callback`);
    const state = target.searchParams.get('state');
    expect(state).toBeTruthy();
    expect(browser.cookies.get('samplan_oidc_state')).toBe(state);
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith('samplan_oidc_state='))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(line).toMatch(/Path=\/api\/auth\/oidc/);
  });

  it('creates the user on first sign-in with the commissions the provider states, mapped by HSA id and role', async () => {
    const login = newLogin({
      name: 'Sanna Sso',
      email: 'sanna@example.se',
      commissions: [
        { unit: hsa.home, role: 'Verksamhetschef' },
        hsa.ifo,
        { unit: hsa.unknown, role: 'staff' },
        { unit: hsa.ifo, role: 'Okänd roll' },
      ],
    });
    const browser = new Browser();
    expect((await signIn(browser, login)).landing).toBe('/');
    const signedIn = await me(browser);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ username: login, displayName: 'Sanna Sso', activeUnitId: null });
    const held = (signedIn.body.units as { unitId: string; role: string }[])
      .map((unit) => [unit.unitId, unit.role])
      .sort();
    expect(held).toEqual(
      [
        [units.Hemtjänst, 'unit_manager'],
        [units.IFO, 'staff'],
      ].sort(),
    );
    const user = await testDatabase.database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', login)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      externalIssuer: `${provider.issuer}`,
      externalSubject: login,
      passwordHash: null,
    });
    expect(user.email).toBe('sanna@example.se');
  });

  it('makes the commissions those of the latest sign-in, for the same user', async () => {
    const login = newLogin({ name: 'Pelle Sso', commissions: [hsa.home, hsa.ifo] });
    const first = new Browser();
    await signIn(first, login);
    const before = await me(first);
    accounts[login] = { ...accounts[login], name: 'Pelle Sso-Berg', commissions: [{ unit: hsa.ifo }] };
    const second = new Browser();
    expect((await signIn(second, login)).landing).toBe('/');
    const after = await me(second);
    expect(after.body.id).toBe(before.body.id);
    expect(after.body.displayName).toBe('Pelle Sso-Berg');
    // One unit left: nothing to choose, the session acts for it at once.
    expect(after.body.activeUnitId).toBe(units.IFO);
    expect((after.body.units as unknown[]).length).toBe(1);
    const count = await testDatabase.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('externalSubject', '=', login)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses a user with no commission in a unit Samplan knows, and creates nobody', async () => {
    const login = newLogin({ name: 'Utan Uppdrag', commissions: [hsa.unknown] });
    const browser = new Browser();
    expect((await signIn(browser, login)).landing).toBe('/?sign_in_error=no_commission');
    expect((await me(browser)).status).toBe(401);
    const user = await testDatabase.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', login)
      .executeTakeFirst();
    expect(user).toBeUndefined();
  });

  it('never takes over a local account with the same username', async () => {
    const local = await createUser(testDatabase.database.db, [units.IFO!]);
    const login = `sso-${uuidv7().slice(-12)}`;
    accounts[login] = { preferred_username: local.username, commissions: [hsa.home] };
    const browser = new Browser();
    expect((await signIn(browser, login)).landing).toBe('/?sign_in_error=account_conflict');
    expect((await me(browser)).status).toBe(401);
  });

  it('refuses a disabled account', async () => {
    const login = newLogin({ commissions: [hsa.home] });
    await signIn(new Browser(), login);
    await testDatabase.database.db
      .updateTable('users')
      .set({ disabledAt: new Date() })
      .where('externalSubject', '=', login)
      .execute();
    const browser = new Browser();
    expect((await signIn(browser, login)).landing).toBe('/?sign_in_error=account_disabled');
    expect((await me(browser)).status).toBe(401);
  });

  it('accepts an answer once, and only in the browser that started the sign-in', async () => {
    const login = newLogin({ commissions: [hsa.home] });
    const browser = new Browser();
    const { callbackUrl } = await signIn(browser, login);
    expect((await me(browser)).status).toBe(200);

    // The same answer again, in the same browser: the pending sign-in is gone.
    const replay = new Browser();
    replay.cookies.set('samplan_oidc_state', new URL(callbackUrl).searchParams.get('state')!);
    const replayed = await replay.fetch(callbackUrl);
    expect(replayed.headers.get('location')).toBe('/?sign_in_error=expired');
    expect(replay.cookies.has('samplan_session')).toBe(false);

    // An answer carried to another browser (a link sent to a victim): that browser has no state cookie.
    const victim = new Browser();
    const started = await new Browser().fetch(`${appUrl}/api/auth/oidc/start`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const planted = await victim.fetch(`${appUrl}/api/auth/oidc/callback?code=abc&state=${state}`);
    expect(planted.headers.get('location')).toBe('/?sign_in_error=expired');
    expect(victim.cookies.has('samplan_session')).toBe(false);
  });

  it('says the sign-in was cancelled when the provider answers access_denied', async () => {
    const browser = new Browser();
    const started = await browser.fetch(`${appUrl}/api/auth/oidc/start`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const answer = await browser.fetch(`${appUrl}/api/auth/oidc/callback?error=access_denied&state=${state}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/?sign_in_error=cancelled');
  });

  it('refuses a forged code for a real pending sign-in', async () => {
    const browser = new Browser();
    const started = await browser.fetch(`${appUrl}/api/auth/oidc/start`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const answer = await browser.fetch(
      `${appUrl}/api/auth/oidc/callback?code=forged&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    expect(answer.headers.get('location')).toBe('/?sign_in_error=failed');
    expect(browser.cookies.has('samplan_session')).toBe(false);
  });
});

describe('single sign-on switched off or password sign-in switched off', () => {
  let server: TestServer;
  let appUrl: string;

  beforeAll(async () => {
    server = await startTestServer('pglite', { passwordSignIn: false });
    appUrl = server.url;
  });

  afterAll(() => server.close());

  it('answers 404 with a named problem at the start of a sign-in that is not set up', async () => {
    const response = await fetch(`${appUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'single_sign_on_not_configured' });
  });

  it('refuses password sign-in when it is turned off, in both languages', async () => {
    expect(await (await fetch(`${appUrl}/api/auth/methods`)).json()).toEqual({
      password: false,
      singleSignOn: null,
    });
    const response = await fetch(`${appUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'anyone', password: 'anything' }),
    });
    expect(response.status).toBe(403);
    const problem = (await response.json()) as { code: string; messages: { sv: string; en: string } };
    expect(problem.code).toBe('password_sign_in_disabled');
    expect(problem.messages.sv).toMatch(/lösenord/);
    expect(problem.messages.en).toMatch(/password/);
  });
});
