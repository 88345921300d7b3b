import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/db/database.js';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { createPersonSession, findPersonSession } from '../../src/server/eId/personSessions.js';
import { identityOnSignIn } from '../../src/server/eId/identities.js';
import { Browser } from '../support/browser.js';
import { bankIdAcr, frejaAcr, listenEIdBroker } from '../support/eIdBroker.js';
import { createOrganisation, signedInUser } from '../support/factories.js';
import type { AccountClaims, IdentityProvider } from '../support/identityProvider.js';
import { luhn } from '../support/luhn.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { ApiClient } from '../support/apiClient.js';

let serial = 100;

/** A personnummer no other test uses, as twelve digits: born 1985-03-14, a serial of its own. */
function newIdNumber(): string {
  serial += 1;
  const nine = `850314${String(serial).padStart(3, '0')}`;
  return `19${nine}${luhn(nine)}`;
}

interface Landing {
  /** Where the browser ends up on the individual's pages, e.g. "/mina" or "/mina?sign_in_error=cancelled". */
  landing: string;
  /** The broker's answer to Samplan's callback, to replay it. */
  callbackUrl: string;
}

describe.each(testDatabaseKinds())('e-ID sign-in on the individual side on %s', (kind: DatabaseKind) => {
  let testDatabase: TestDatabase;
  let broker: IdentityProvider;
  let app: FastifyInstance;
  let appUrl: string;
  const accounts: Record<string, AccountClaims> = {};
  let logins = 0;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    broker = await listenEIdBroker();
    const config = {
      ...readConfig({
        ...broker.env(),
        PERSON_SESSION_MINUTES: '60',
        PERSON_SESSION_IDLE_MINUTES: '15',
        PERSON_RATE_LIMIT_PER_MINUTE: '1000',
      }),
      cookieSecure: false,
      // A seeded demo with a broker: the demo sign-in must still not exist.
      seedDemo: true,
      webRoot: null,
    };
    app = await buildApp({ database: testDatabase.database, config }, pino({ level: 'silent' }));
    appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    broker.serve(`${appUrl}/api/person/auth/callback`, accounts);
  });

  afterAll(async () => {
    await app.close();
    await broker.close();
    await testDatabase.drop();
  });

  function newLogin(claims: AccountClaims): string {
    logins += 1;
    const login = `person-${logins}`;
    accounts[login] = claims;
    return login;
  }

  /**
   * Starts at a method's button on the sign-in page, answers the broker's page with `form` (a login, or a
   * cancellation), and follows every redirect back to the individual's pages.
   */
  async function signIn(browser: Browser, method: string, form: Record<string, string>): Promise<Landing> {
    let url = `${appUrl}/api/person/auth/start/${method}`;
    let callbackUrl = '';
    let init: RequestInit = {};
    for (let step = 0; step < 12; step += 1) {
      const response = await browser.fetch(url, init);
      init = {};
      if (response.status >= 300 && response.status < 400) {
        const next = new URL(response.headers.get('location')!, url);
        if (next.href.startsWith(`${appUrl}/api/person/auth/callback`)) callbackUrl = next.href;
        if (next.origin === appUrl && !next.pathname.startsWith('/api/'))
          return { landing: `${next.pathname}${next.search}`, callbackUrl };
        url = next.href;
        continue;
      }
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('name="login"');
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      };
    }
    throw new Error('The sign-in did not come back to Samplan');
  }

  async function me(browser: Browser) {
    const response = await browser.fetch(`${appUrl}/api/person/me`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function identitiesWith(idNumber: string) {
    return testDatabase.database.db
      .selectFrom('eIdIdentities')
      .selectAll()
      .where('idNumber', '=', idNumber)
      .execute();
  }

  it('lists the methods the broker offers, and no demo people while a broker is configured', async () => {
    const response = await fetch(`${appUrl}/api/person/auth/methods`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      methods: [
        { key: 'bankid', label: 'BankID', startUrl: '/api/person/auth/start/bankid' },
        { key: 'freja-eid', label: 'Freja eID', startUrl: '/api/person/auth/start/freja-eid' },
      ],
      demo: null,
    });
  });

  it('has no demo sign-in while a broker is configured, even in a seeded demo', async () => {
    const response = await fetch(`${appUrl}/api/person/auth/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'tor' }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'demo_sign_in_not_offered' });
  });

  it('sends the browser to the broker asking for the chosen method in acr_values, with PKCE, bound to this browser', async () => {
    for (const [method, acr] of [
      ['bankid', bankIdAcr],
      ['freja-eid', frejaAcr],
    ] as const) {
      const browser = new Browser();
      const response = await browser.fetch(`${appUrl}/api/person/auth/start/${method}`);
      expect(response.status).toBe(303);
      const target = new URL(response.headers.get('location')!);
      expect(target.origin).toBe(broker.issuer);
      expect(target.searchParams.get('acr_values')).toBe(acr);
      expect(target.searchParams.get('code_challenge_method')).toBe('S256');
      expect(target.searchParams.get('redirect_uri')).toBe(`${appUrl}/api/person/auth/callback`);
      expect(browser.cookies.get('samplan_person_state')).toBe(target.searchParams.get('state'));
      const line = response.headers.getSetCookie().find((each) => each.startsWith('samplan_person_state='))!;
      expect(line).toMatch(/HttpOnly/i);
      expect(line).toMatch(/Path=\/api\/person\/auth(;|$)/);
    }
  });

  it('sends an unknown method back to the sign-in page', async () => {
    const response = await new Browser().fetch(`${appUrl}/api/person/auth/start/passport`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/mina?sign_in_error=failed');
  });

  it('signs the person in with BankID: a session of its own on /api/person, and the identity recorded once', async () => {
    const idNumber = newIdNumber();
    const login = newLogin({ name: 'Stina Svensson', personal_identity_number: idNumber });
    const browser = new Browser();
    expect((await signIn(browser, 'bankid', { login })).landing).toBe('/mina');

    const session = browser.cookieLines.get('samplan_person')!;
    expect(session).toMatch(/Path=\/api\/person(;|$)/);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const csrf = browser.cookieLines.get('samplan_person_csrf')!;
    expect(csrf).toMatch(/Path=\/(;|$)/);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(browser.cookies.get('samplan_person_csrf')).toBeTruthy();
    expect(browser.cookies.has('samplan_person_state')).toBe(false);

    expect(await me(browser)).toEqual({
      status: 200,
      body: { name: 'Stina Svensson', locale: 'sv', method: 'bankid' },
    });
    const identities = await identitiesWith(idNumber);
    expect(identities).toHaveLength(1);
    expect(identities[0]!.name).toBe('Stina Svensson');
  });

  it('reuses the identity at the next sign-in, with the name and method of that sign-in', async () => {
    const idNumber = newIdNumber();
    const login = newLogin({ name: 'Olle Berg', personal_identity_number: idNumber });
    await signIn(new Browser(), 'bankid', { login });
    const [first] = await identitiesWith(idNumber);

    accounts[login] = { given_name: 'Olle', family_name: 'Berg-Ek', personal_identity_number: idNumber };
    const browser = new Browser();
    expect((await signIn(browser, 'freja-eid', { login })).landing).toBe('/mina');
    expect((await me(browser)).body).toEqual({ name: 'Olle Berg-Ek', locale: 'sv', method: 'freja-eid' });
    const identities = await identitiesWith(idNumber);
    expect(identities).toHaveLength(1);
    expect(identities[0]!.id).toBe(first!.id);
    const sessions = await testDatabase.database.db
      .selectFrom('personSessions')
      .select('method')
      .where('identityId', '=', first!.id)
      .orderBy('createdAt')
      .execute();
    expect(sessions.map((each) => each.method)).toEqual(['bankid', 'freja-eid']);
  });

  it('refuses a sign-in made with another method than the one asked for', async () => {
    const idNumber = newIdNumber();
    const login = newLogin({ name: 'Byt Metod', personal_identity_number: idNumber });
    const browser = new Browser();
    expect((await signIn(browser, 'bankid', { login, acr: frejaAcr })).landing).toBe(
      '/mina?sign_in_error=failed',
    );
    expect((await me(browser)).status).toBe(401);
    expect(await identitiesWith(idNumber)).toHaveLength(0);
  });

  it('makes no session when the claim holds no valid personnummer, and records nobody', async () => {
    const valid = newIdNumber();
    const wrongCheckDigit = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const cases: AccountClaims[] = [
      { name: 'Utan Nummer' },
      { name: 'Fel Nummer', personal_identity_number: wrongCheckDigit },
      { name: 'Reserv', personal_identity_number: 'R-12345' },
      { name: 'Som tal', personal_identity_number: 198503141234 },
    ];
    for (const claims of cases) {
      const browser = new Browser();
      const landing = await signIn(browser, 'bankid', { login: newLogin(claims) });
      expect(landing.landing).toBe('/mina?sign_in_error=no_identity_number');
      expect(browser.cookies.has('samplan_person')).toBe(false);
      expect((await me(browser)).status).toBe(401);
    }
    const names = await testDatabase.database.db
      .selectFrom('eIdIdentities')
      .select('name')
      .where('name', 'in', ['Utan Nummer', 'Fel Nummer', 'Reserv', 'Som tal'])
      .execute();
    expect(names).toEqual([]);
  });

  it('says the sign-in was cancelled when the person cancels at the broker', async () => {
    const browser = new Browser();
    expect((await signIn(browser, 'bankid', { cancel: '1' })).landing).toBe('/mina?sign_in_error=cancelled');
    expect(browser.cookies.has('samplan_person')).toBe(false);
  });

  it('accepts an answer once, and only in the browser that started the sign-in', async () => {
    const login = newLogin({ name: 'Engång', personal_identity_number: newIdNumber() });
    const browser = new Browser();
    const { callbackUrl } = await signIn(browser, 'bankid', { login });
    expect((await me(browser)).status).toBe(200);

    const replay = new Browser();
    replay.cookies.set('samplan_person_state', new URL(callbackUrl).searchParams.get('state')!);
    const replayed = await replay.fetch(callbackUrl);
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toBe('/mina?sign_in_error=expired');
    expect(replay.cookies.has('samplan_person')).toBe(false);

    // The broker's answer carried to another browser (a link sent to a victim): that browser has no state cookie.
    const started = await new Browser().fetch(`${appUrl}/api/person/auth/start/bankid`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const victim = new Browser();
    const planted = await victim.fetch(`${appUrl}/api/person/auth/callback?code=abc&state=${state}`);
    expect(planted.headers.get('location')).toBe('/mina?sign_in_error=expired');
    expect(victim.cookies.has('samplan_person')).toBe(false);
  });

  it('keeps the two sides apart: a person session reaches no staff route, a staff session no person route', async () => {
    const login = newLogin({ name: 'Skild Sida', personal_identity_number: newIdNumber() });
    const person = new Browser();
    await signIn(person, 'bankid', { login });
    expect([...person.cookies.keys()].filter((name) => name.startsWith('samplan_'))).toEqual([
      'samplan_person',
      'samplan_person_csrf',
    ]);
    expect((await me(person)).status).toBe(200);
    // The browser here sends the person's cookie everywhere, as no real browser would: still refused.
    for (const path of ['/api/me', '/api/sips']) {
      const response = await person.fetch(`${appUrl}${path}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'not_signed_in' });
    }

    const { units } = await createOrganisation(testDatabase.database.db, 'municipality', ['IFO']);
    const { client: staff } = await signedInUser(testDatabase.database.db, new ApiClient(appUrl), [
      units.IFO!,
    ]);
    expect((await staff.get('/api/me')).status).toBe(200);
    const refused = await staff.get('/api/person/me');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'not_signed_in' });
  });

  it('refuses a state change on the individual side without the CSRF token, and signs out with it', async () => {
    const login = newLogin({ name: 'Ut Loggad', personal_identity_number: newIdNumber() });
    const browser = new Browser();
    await signIn(browser, 'bankid', { login });

    for (const [method, path, body] of [
      ['POST', '/api/person/auth/sign-out', undefined],
      ['PUT', '/api/person/me/locale', JSON.stringify({ locale: 'en' })],
    ] as const) {
      const refused = await browser.fetch(`${appUrl}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body,
      });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'csrf_token_invalid' });
    }
    expect(await me(browser)).toMatchObject({ status: 200, body: { locale: 'sv' } });

    const csrf = decodeURIComponent(browser.cookies.get('samplan_person_csrf')!);
    const chosen = await browser.fetch(`${appUrl}/api/person/me/locale`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(chosen.status).toBe(200);
    expect((await me(browser)).body).toMatchObject({ locale: 'en' });

    const token = browser.cookies.get('samplan_person')!;
    const signedOut = await browser.fetch(`${appUrl}/api/person/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
    });
    expect(signedOut.status).toBe(204);
    expect(browser.cookies.has('samplan_person')).toBe(false);
    expect(browser.cookies.has('samplan_person_csrf')).toBe(false);
    // The session is ended on the server too: the old cookie, kept by someone, opens nothing.
    const kept = new Browser();
    kept.cookies.set('samplan_person', token);
    expect((await me(kept)).status).toBe(401);
  });

  it('ends a session idle for PERSON_SESSION_IDLE_MINUTES, and any after PERSON_SESSION_MINUTES', async () => {
    const db = testDatabase.database.db;
    const limits = { minutes: 60, idleMinutes: 15 };
    const identityId = await identityOnSignIn(db, newIdNumber(), 'Tid Gräns');
    const start = new Date();
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

    const idle = await createPersonSession(db, identityId, 'bankid', 60);
    expect((await findPersonSession(db, idle.token, limits, at(14))).status).toBe('active');
    expect((await findPersonSession(db, idle.token, limits, at(29.5))).status).toBe('expired');
    // Ended, not merely refused once.
    expect((await findPersonSession(db, idle.token, limits, at(14))).status).toBe('unknown');

    const busy = await createPersonSession(db, identityId, 'bankid', 60);
    for (const minute of [10, 20, 30, 40, 50, 59]) {
      expect((await findPersonSession(db, busy.token, limits, at(minute))).status).toBe('active');
    }
    expect((await findPersonSession(db, busy.token, limits, at(61))).status).toBe('expired');
  });

  it('reads its limits from the configuration: the server refuses a session past them', async () => {
    for (const column of ['lastSeenAt', 'createdAt'] as const) {
      const login = newLogin({ name: 'Gammal Session', personal_identity_number: newIdNumber() });
      const browser = new Browser();
      await signIn(browser, 'bankid', { login });
      expect((await me(browser)).status).toBe(200);
      // Idle 16 minutes (limit 15), or begun 61 minutes ago (limit 60) while still in use.
      const minutes = column === 'lastSeenAt' ? 16 : 61;
      await testDatabase.database.db
        .updateTable('personSessions')
        .set({ [column]: new Date(Date.now() - minutes * 60_000) })
        .where('identityId', 'in', (eb) =>
          eb.selectFrom('eIdIdentities').select('id').where('name', '=', 'Gammal Session'),
        )
        .execute();
      const expired = await me(browser);
      expect(expired).toMatchObject({ status: 401, body: { code: 'session_expired' } });
      expect(browser.cookies.has('samplan_person')).toBe(false);
      await testDatabase.database.db
        .deleteFrom('eIdIdentities')
        .where('name', '=', 'Gammal Session')
        .execute();
    }
  });
});

describe('the demo sign-in on the individual side', () => {
  let demo: TestServer;
  let plain: TestServer;

  beforeAll(async () => {
    demo = await startTestServer('pglite', { seedDemo: true });
    plain = await startTestServer('pglite', { seedDemo: false });
  });

  afterAll(async () => {
    await demo.close();
    await plain.close();
  });

  it('offers the demo people in a seeded demo without a broker, and signs in as one', async () => {
    const client = demo.client();
    const methods = await client.get('/api/person/auth/methods');
    expect(methods.body).toEqual({
      methods: [],
      demo: [
        { key: 'tor', name: 'Tor Exempelsson', description: expect.stringContaining('plan') as string },
        { key: 'linnea', name: 'Linnea Ekström', description: expect.stringContaining('Elsa') as string },
        { key: 'jonas', name: 'Jonas Ekström', description: expect.stringContaining('Elsa') as string },
      ],
    });
    const signedIn = await client.post('/api/person/auth/demo', { key: 'tor' });
    expect(signedIn.status).toBe(200);
    expect((await client.get('/api/person/me')).body).toEqual({
      name: 'Tor Exempelsson',
      locale: 'sv',
      method: 'demo',
    });
    const identity = await demo.database.db
      .selectFrom('eIdIdentities')
      .select('name')
      .where('idNumber', '=', '191212121212')
      .executeTakeFirst();
    expect(identity?.name).toBe('Tor Exempelsson');
  });

  it('refuses a demo person who does not exist with 422, in both languages', async () => {
    const client = demo.client();
    const refused = await client.post('/api/person/auth/demo', { key: 'nobody' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'not_a_demo_person',
      messages: { sv: expect.any(String) as string, en: expect.any(String) as string },
    });
    expect((await client.get('/api/person/me')).status).toBe(401);
  });

  it('has no demo sign-in and no e-ID outside a seeded demo without a broker', async () => {
    const client = plain.client();
    expect((await client.get('/api/person/auth/methods')).body).toEqual({ methods: [], demo: null });
    expect((await client.post('/api/person/auth/demo', { key: 'tor' })).status).toBe(404);
    const start = await client.get('/api/person/auth/start/bankid');
    expect(start).toMatchObject({ status: 404, body: { code: 'e_id_not_configured' } });
  });
});

describe('the rate limit on the individual side', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('pglite', { personRateLimitPerMinute: 3 });
  });

  afterAll(() => server.close());

  it('answers 429 with retry-after once PERSON_RATE_LIMIT_PER_MINUTE requests are used, across /api/person and /mina', async () => {
    const client = server.client();
    for (const path of ['/api/person/auth/methods', '/api/person/me', '/mina']) {
      expect((await client.get(path)).status).not.toBe(429);
    }
    const limited = await client.get('/api/person/auth/methods');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ code: 'rate_limited' });
    for (const path of ['/mina/plan', '/mina?sign_in_error=cancelled', '/api/person/me?x=1']) {
      expect((await client.get(path)).status).toBe(429);
    }
    // Staff routes face the county's staff, not the public: not limited by this.
    expect((await client.get('/api/auth/methods')).status).toBe(200);
  });
});
