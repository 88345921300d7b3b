import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/db/database.js';
import type { Config } from '../../src/server/config.js';
import type { Problem } from '../../src/server/problem.js';
import type { ApiClient, ApiResponse } from '../support/apiClient.js';
import { createOrganisation, createUser, testPassword } from '../support/factories.js';
import { signedInPerson } from '../support/personSession.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { serveTestDatabase, type TestServer } from '../support/testServer.js';

/** The Set-Cookie lines of a response by cookie name: the value and the attributes as sent. */
function setCookies(response: ApiResponse<unknown> | Response): Map<string, { value: string; line: string }> {
  const cookies = new Map<string, { value: string; line: string }>();
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    const separator = pair.indexOf('=');
    cookies.set(pair.slice(0, separator), { value: pair.slice(separator + 1), line });
  }
  return cookies;
}

describe.each(testDatabaseKinds())('sign-in hardening on %s', (kind: DatabaseKind) => {
  let testDatabase: TestDatabase;
  let main: TestServer;
  const instances: TestServer[] = [];

  /**
   * An instance of the app over real HTTP on the one test database, with settings of its own. Several share the
   * database as instances behind a load balancer would. All tests sign in from 127.0.0.1, so the per-address
   * limits are set high except where a test is about them.
   */
  async function startInstance(overrides: Partial<Config> = {}): Promise<TestServer> {
    const instance = await serveTestDatabase(testDatabase, {
      loginMaxAddressFailures: 1000,
      loginRateLimitPerMinute: 1000,
      ...overrides,
    });
    instances.push(instance);
    return instance;
  }

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    main = await startInstance();
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await testDatabase?.drop();
  });

  const db = () => testDatabase.database.db;

  async function newUser(): Promise<{ id: string; username: string }> {
    const organisation = await createOrganisation(db(), 'municipality', ['ifo']);
    return createUser(db(), [organisation.units.ifo!]);
  }

  function attempt(
    client: ApiClient,
    username: string,
    password: string,
    headers: Record<string, string> = {},
  ) {
    return client.request<Problem>('POST', '/api/auth/login', { username, password }, headers);
  }

  async function failTimes(
    client: ApiClient,
    username: string,
    times: number,
  ): Promise<ApiResponse<Problem>[]> {
    const answers: ApiResponse<Problem>[] = [];
    for (let i = 0; i < times; i += 1) answers.push(await attempt(client, username, 'Not-the-password-1'));
    return answers;
  }

  async function throttleOf(subject: string) {
    return db().selectFrom('loginThrottles').selectAll().where('subject', '=', subject).executeTakeFirst();
  }

  describe('temporary lockout', () => {
    it('locks a username after five failures, even for the right password, and says when to try again', async () => {
      const user = await newUser();
      const client = main.client();
      const first = await failTimes(client, user.username, 4);
      for (const answer of first) {
        expect(answer.status).toBe(401);
        expect(answer.body.code).toBe('wrong_credentials');
      }
      const fifth = await attempt(client, user.username, 'Not-the-password-1');
      expect(fifth.status).toBe(429);
      expect(fifth.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(fifth.body.code).toBe('login_locked');
      expect(fifth.body.messages.sv).toMatch(
        /^För många misslyckade inloggningsförsök\. .*Försök igen om 15 minuter \(kl\. \d\d:\d\d\)\.$/,
      );
      expect(fifth.body.messages.en).toMatch(
        /^Too many failed sign-in attempts\. .*Try again in 15 minutes \(at \d\d:\d\d Swedish time\)\.$/,
      );
      expect(fifth.body.detail).toBe(fifth.body.messages.sv);
      expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
      expect(fifth.body.retryAfterSeconds).toBe(Number(fifth.headers.get('retry-after')));

      const right = await attempt(client, user.username, testPassword, { 'accept-language': 'en' });
      expect(right.status).toBe(429);
      expect(right.body.code).toBe('login_locked');
      expect(right.body.detail).toBe(right.body.messages.en);
      expect(setCookies(right).has('samplan_session')).toBe(false);
    });

    it('locks an unknown username exactly the same way, so a lock reveals nothing', async () => {
      const known = await newUser();
      const client = main.client();
      const knownAnswers = await failTimes(client, known.username, 6);
      const unknownAnswers = await failTimes(client, `nobody-${known.username}`, 6);
      const shape = (answer: ApiResponse<Problem>) => ({
        status: answer.status,
        code: answer.body.code,
        keys: Object.keys(answer.body).sort(),
        sv: answer.body.messages.sv.replace(/\d+/g, 'N'),
        en: answer.body.messages.en.replace(/\d+/g, 'N'),
      });
      expect(unknownAnswers.map(shape)).toEqual(knownAnswers.map(shape));
      expect(unknownAnswers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 429, 429]);
    });

    it('opens again once the lock time has passed, and counts afresh', async () => {
      const user = await newUser();
      const client = main.client();
      await failTimes(client, user.username, 5);
      expect((await attempt(client, user.username, testPassword)).status).toBe(429);
      // The lock ran out: move it into the past, as fifteen minutes would.
      await db()
        .updateTable('loginThrottles')
        .set({ lockedUntil: new Date(Date.now() - 1000) })
        .where('subject', '=', `username:${user.username}`)
        .execute();
      // The failures that led to the lock do not count again: one more wrong password does not lock at once.
      expect((await attempt(client, user.username, 'Not-the-password-1')).status).toBe(401);
      expect((await throttleOf(`username:${user.username}`))?.failures).toBe(1);
      expect((await attempt(client, user.username, testPassword)).status).toBe(200);
      expect(await throttleOf(`username:${user.username}`)).toBeUndefined();
    });

    it('honours a configured lock length', async () => {
      const short = await startInstance({ loginMaxFailures: 2, loginLockMinutes: 1 });
      const user = await newUser();
      const client = short.client();
      const answers = await failTimes(client, user.username, 2);
      expect(answers.map((answer) => answer.status)).toEqual([401, 429]);
      expect(answers[1]!.body.messages.en).toMatch(/Try again in 1 minute \(/);
      expect(Number(answers[1]!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    });

    it('resets the count when the right password is given', async () => {
      const user = await newUser();
      const client = main.client();
      await failTimes(client, user.username, 4);
      expect((await attempt(client, user.username, testPassword)).status).toBe(200);
      const again = await failTimes(client, user.username, 5);
      expect(again.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 429]);
    });

    it('forgets failures once the counting window has passed', async () => {
      const user = await newUser();
      const client = main.client();
      await failTimes(client, user.username, 4);
      await sql`update login_throttles set first_failure_at = now() - interval '16 minutes'
        where subject = ${`username:${user.username}`}`.execute(db());
      expect((await attempt(client, user.username, 'Not-the-password-1')).status).toBe(401);
      expect((await throttleOf(`username:${user.username}`))?.failures).toBe(1);
    });

    it('counts failures arriving all at once', async () => {
      const user = await newUser();
      const client = main.client();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => attempt(client, user.username, 'Not-the-password-1')),
      );
      expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(1);
      expect((await attempt(client, user.username, testPassword)).status).toBe(429);
    });

    it('holds across instances, as it is kept in the database', async () => {
      const other = await startInstance();
      const user = await newUser();
      await failTimes(main.client(), user.username, 5);
      const elsewhere = await attempt(other.client(), user.username, testPassword);
      expect(elsewhere.status).toBe(429);
      expect(elsewhere.body.code).toBe('login_locked');
    });

    it('locks a client address after its own limit, whatever usernames it tries', async () => {
      const proxied = await startInstance({ trustProxy: true, loginMaxAddressFailures: 3 });
      const user = await newUser();
      const from = (address: string) => ({ 'x-forwarded-for': address });
      const client = proxied.client();
      const statuses: number[] = [];
      for (const name of ['anna', 'bertil', 'cecilia']) {
        statuses.push(
          (await attempt(client, `${name}-${user.username}`, 'Wrong-password-1', from('203.0.113.7'))).status,
        );
      }
      expect(statuses).toEqual([401, 401, 429]);
      const blocked = await attempt(client, user.username, testPassword, from('203.0.113.7'));
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('login_locked');
      // Another address is not affected, and the username itself was never locked.
      expect((await attempt(client, user.username, testPassword, from('203.0.113.8'))).status).toBe(200);
    });

    it('counts an IPv6 client by its /64 network', async () => {
      const proxied = await startInstance({ trustProxy: true, loginMaxAddressFailures: 2 });
      const user = await newUser();
      const client = proxied.client();
      await attempt(client, `x-${user.username}`, 'Wrong-password-1', {
        'x-forwarded-for': '2001:db8:1:2::1',
      });
      const second = await attempt(client, `y-${user.username}`, 'Wrong-password-1', {
        'x-forwarded-for': '2001:db8:1:2:ffff::9',
      });
      expect(second.status).toBe(429);
      expect(await throttleOf('address:2001:db8:1:2::/64')).toBeDefined();
    });

    it('limits sign-in requests per address and minute before anything else', async () => {
      const limited = await startInstance({ loginRateLimitPerMinute: 3 });
      const user = await newUser();
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push((await attempt(client, user.username, testPassword)).status);
      expect(statuses).toEqual([200, 200, 200]);
      const fourth = await attempt(client, user.username, testPassword);
      expect(fourth.status).toBe(429);
      expect(fourth.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(fourth.body.code).toBe('login_rate_limited');
      expect(fourth.body.messages.sv).toMatch(/^För många inloggningsförsök från din adress\./);
      expect(fourth.body.messages.en).toMatch(/^Too many sign-in attempts from your address\./);
      expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
      // Even a malformed request counts and is refused.
      expect((await client.request('POST', '/api/auth/login', '{')).status).toBe(429);
    });
  });

  describe('session lifetime', () => {
    async function signedIn() {
      const user = await newUser();
      const client = main.client();
      await client.login(user.username, testPassword);
      return { user, client };
    }

    async function expectExpired(client: ApiClient, userId: string) {
      const answer = await client.get<Problem>('/api/me');
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('session_expired');
      expect(answer.body.messages.sv).toMatch(/^Din session har gått ut/);
      expect(answer.body.messages.en).toMatch(/^Your session has expired/);
      // Both cookies are cleared, and the session is gone from the database.
      const cleared = setCookies(answer);
      expect(cleared.get('samplan_session')?.value).toBe('');
      expect(cleared.get('samplan_csrf')?.value).toBe('');
      expect(await db().selectFrom('sessions').select('id').where('userId', '=', userId).execute()).toEqual(
        [],
      );
      expect((await client.get<Problem>('/api/me')).body.code).toBe('not_signed_in');
    }

    it('ends a session left unused for longer than the idle time', async () => {
      const { user, client } = await signedIn();
      await sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${user.id}`.execute(
        db(),
      );
      await expectExpired(client, user.id);
    });

    it('keeps a session used within the idle time, and records the use', async () => {
      const { user, client } = await signedIn();
      await sql`update sessions set last_seen_at = now() - interval '29 minutes' where user_id = ${user.id}`.execute(
        db(),
      );
      expect((await client.get('/api/me')).status).toBe(200);
      const session = await db()
        .selectFrom('sessions')
        .select('lastSeenAt')
        .where('userId', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(Date.now() - session.lastSeenAt.getTime()).toBeLessThan(60_000);
    });

    it('honours a configured idle time', async () => {
      const strict = await startInstance({ sessionIdleMinutes: 5 });
      const user = await newUser();
      const client = strict.client();
      await client.login(user.username, testPassword);
      await sql`update sessions set last_seen_at = now() - interval '6 minutes' where user_id = ${user.id}`.execute(
        db(),
      );
      expect((await client.get<Problem>('/api/me')).body.code).toBe('session_expired');
    });

    it('ends a session past its absolute lifetime, however active', async () => {
      const { user, client } = await signedIn();
      await sql`update sessions set created_at = now() - interval '10 hours 1 minute' where user_id = ${user.id}`.execute(
        db(),
      );
      await expectExpired(client, user.id);
    });

    it('ends a session past its stored expiry', async () => {
      const { user, client } = await signedIn();
      await db()
        .updateTable('sessions')
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where('userId', '=', user.id)
        .execute();
      await expectExpired(client, user.id);
    });

    it('gives a new session at every sign-in and removes the one the browser came with', async () => {
      const { user, client } = await signedIn();
      const before = await db().selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
      await client.login(user.username, testPassword);
      const after = await db().selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
      expect(before).toHaveLength(1);
      expect(after).toHaveLength(1);
      expect(after[0]!.id).not.toBe(before[0]!.id);
    });
  });

  describe('cookies', () => {
    it('sets the session cookie HttpOnly, SameSite=Lax and Secure, and the CSRF cookie readable by the page', async () => {
      const secure = await startInstance({ cookieSecure: true });
      const user = await newUser();
      const login = await secure.client().login(user.username, testPassword);
      const cookies = setCookies(login);
      const session = cookies.get('samplan_session')!.line;
      const csrf = cookies.get('samplan_csrf')!.line;
      expect(session).toMatch(/; HttpOnly/i);
      expect(session).toMatch(/; Secure/i);
      expect(session).toMatch(/; SameSite=Lax/i);
      expect(session).toMatch(/; Path=\//i);
      expect(csrf).not.toMatch(/HttpOnly/i);
      expect(csrf).toMatch(/; Secure/i);
      expect(csrf).toMatch(/; SameSite=Lax/i);
    });

    it('leaves Secure off only when COOKIE_SECURE=false', async () => {
      const user = await newUser();
      const login = await main.client().login(user.username, testPassword);
      for (const { line } of setCookies(login).values()) expect(line).not.toMatch(/Secure/i);
    });
  });

  describe('CSRF protection', () => {
    async function signedIn() {
      const user = await newUser();
      const client = main.client();
      const login = await client.login(user.username, testPassword);
      const cookies = setCookies(login);
      return {
        user,
        client,
        session: cookies.get('samplan_session')!.value,
        csrf: cookies.get('samplan_csrf')!.value,
      };
    }

    function raw(
      method: string,
      path: string,
      cookie: string,
      headers: Record<string, string> = {},
      body?: unknown,
    ) {
      return fetch(`${main.url}${path}`, {
        method,
        headers: {
          cookie,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    }

    it('refuses a state change without the token, in Swedish and English, and changes nothing', async () => {
      const { client, session } = await signedIn();
      const refused = await raw('PUT', '/api/me/locale', `samplan_session=${session}`, {}, { locale: 'en' });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = (await refused.json()) as Problem;
      expect(problem.code).toBe('csrf_token_invalid');
      expect(problem.messages).toEqual({
        sv: 'Begäran saknade en giltig säkerhetstoken och avvisades. Ladda om sidan och försök igen.',
        en: 'The request lacked a valid security token and was refused. Reload the page and try again.',
      });
      expect((await client.get('/api/me')).body.locale).toBe('sv');
    });

    it('refuses a wrong token and the token of another session', async () => {
      const { client } = await signedIn();
      const other = await signedIn();
      for (const token of ['wrong', other.csrf, '']) {
        const refused = await client.request<Problem>(
          'PUT',
          '/api/me/locale',
          { locale: 'en' },
          { 'x-csrf-token': token },
        );
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('csrf_token_invalid');
      }
      expect((await client.get('/api/me')).body.locale).toBe('sv');
    });

    it('accepts the session’s own token', async () => {
      const { client, session, csrf } = await signedIn();
      const accepted = await raw(
        'PUT',
        '/api/me/locale',
        `samplan_session=${session}`,
        { 'x-csrf-token': csrf },
        { locale: 'en' },
      );
      expect(accepted.status).toBe(200);
      expect((await client.get('/api/me')).body.locale).toBe('en');
    });

    it('guards every state-changing route that works on a session, sign-out included', async () => {
      const { session } = await signedIn();
      const spec = await main
        .client()
        .get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
      const routes = Object.entries(spec.body.paths).flatMap(([path, methods]) =>
        Object.keys(methods)
          .map((method) => method.toUpperCase())
          .filter((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
          .map((method) => ({ method, path })),
      );
      // Public routes work without a session, so there is no token to bind: signing in, and the feedback form
      // whose single-use link is its own credential. Named here, so a new public route is a deliberate choice.
      const publicRoutes = [...main.app.routePolicies]
        .filter(([, policy]) => policy === 'public')
        .map(([route]) => route);
      const key = (route: { method: string; path: string }) =>
        `${route.method} ${route.path.replace(/\{([^}]+)\}/g, ':$1')}`;
      expect(routes.map(key).filter((route) => publicRoutes.includes(route))).toEqual([
        'POST /api/auth/login',
        'POST /api/person/auth/demo',
        'POST /api/feedback/:token',
      ]);
      const guarded = routes.filter((route) => !publicRoutes.includes(key(route)));
      expect(guarded.length).toBeGreaterThan(10);
      // The individual's side has a session of its own, bound to its own token.
      const person = await signedInPerson(main.database.db, main.client(), '194910249228');
      const personCookie = `samplan_person=${person.token}`;
      expect(guarded.filter((route) => route.path.startsWith('/api/person/')).length).toBeGreaterThan(5);
      for (const route of guarded) {
        const path = route.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const cookie = path.startsWith('/api/person/') ? personCookie : `samplan_session=${session}`;
        const refused = await raw(route.method, path, cookie, {}, {});
        expect(refused.status, `${route.method} ${route.path}`).toBe(403);
        expect(((await refused.json()) as Problem).code).toBe('csrf_token_invalid');
      }
      // The session survived every refused sign-out.
      expect((await raw('GET', '/api/me', `samplan_session=${session}`)).status).toBe(200);
    });

    it('asks no token for reads or for signing in', async () => {
      const { session } = await signedIn();
      expect((await raw('GET', '/api/me', `samplan_session=${session}`)).status).toBe(200);
      const user = await newUser();
      const login = await raw(
        'POST',
        '/api/auth/login',
        '',
        {},
        { username: user.username, password: testPassword },
      );
      expect(login.status).toBe(200);
    });

    it('hands the token again to a browser that lost it', async () => {
      const { session, csrf } = await signedIn();
      const answer = await raw('GET', '/api/me', `samplan_session=${session}`);
      expect(setCookies(answer).get('samplan_csrf')?.value).toBe(csrf);
      const kept = await raw('GET', '/api/me', `samplan_session=${session}; samplan_csrf=${csrf}`);
      expect(setCookies(kept).has('samplan_csrf')).toBe(false);
    });
  });

  describe('security headers', () => {
    function directives(header: string | null): Map<string, string[]> {
      const map = new Map<string, string[]>();
      for (const directive of (header ?? '').split(';')) {
        const [name, ...values] = directive.trim().split(/\s+/);
        if (name) map.set(name, values);
      }
      return map;
    }

    it('sends a strict content security policy and the other security headers on every answer', async () => {
      const { client } = await (async () => {
        const user = await newUser();
        const c = main.client();
        await c.login(user.username, testPassword);
        return { client: c };
      })();
      for (const answer of [
        await client.get('/healthz'),
        await client.get('/api/me'),
        await client.get('/api/no-such-thing'),
        await main.client().get('/api/me'),
      ]) {
        const csp = answer.headers.get('content-security-policy');
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
        const policy = directives(csp);
        expect(policy.get('default-src')).toEqual(["'self'"]);
        expect(policy.get('script-src')).toEqual(["'self'"]);
        expect(policy.get('style-src')).toEqual(["'self'"]);
        expect(policy.get('font-src')).toEqual(["'self'"]);
        expect(policy.get('connect-src')).toEqual(["'self'"]);
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'self'"]);
        expect(policy.get('form-action')).toEqual(["'self'"]);
        expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
        expect(policy.get('script-src-attr')).toEqual(["'none'"]);
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(answer.headers.get('x-frame-options')).toBe('DENY');
        expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
        // Plain http: a browser must not learn to refuse it (RFC 6797 §7.2).
        expect(answer.headers.get('strict-transport-security')).toBeNull();
        expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
        // Every API answer may carry personal data: never kept in a cache.
        expect(answer.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('sends HSTS only over https, as a trusted proxy reports it', async () => {
      const proxied = await startInstance({ trustProxy: true });
      const over = async (proto: string) =>
        (await fetch(`${proxied.url}/healthz`, { headers: { 'x-forwarded-proto': proto } })).headers.get(
          'strict-transport-security',
        );
      expect(await over('https')).toMatch(/^max-age=31536000/);
      expect(await over('http')).toBeNull();
      // An untrusted client cannot claim https.
      expect(
        (await fetch(`${main.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get(
          'strict-transport-security',
        ),
      ).toBeNull();
    });

    it('asks browsers to upgrade to https only when cookies are Secure', async () => {
      const secure = await startInstance({ cookieSecure: true });
      const upgraded = directives(
        (await secure.client().get('/healthz')).headers.get('content-security-policy'),
      );
      expect(upgraded.has('upgrade-insecure-requests')).toBe(true);
      const plain = directives((await main.client().get('/healthz')).headers.get('content-security-policy'));
      expect(plain.has('upgrade-insecure-requests')).toBe(false);
    });
  });

  describe('changing one’s password', () => {
    const newPassword = 'Ny-och-lång-fras-2026';

    async function signedIn() {
      const user = await newUser();
      const client = main.client();
      await client.login(user.username, testPassword);
      return { user, client };
    }

    function change(client: ApiClient, currentPassword: string, next: string) {
      return client.put<Problem & { violations?: { code: string }[] }>('/api/me/password', {
        currentPassword,
        newPassword: next,
      });
    }

    it('refuses a new password that breaks the policy, naming every rule broken, in Swedish and English', async () => {
      const { client } = await signedIn();
      const cases: [string, string[]][] = [
        ['kort1', ['too_short']],
        ['abcdefghijklmnop', ['single_character_class']],
        ['Password1234', ['common_password']],
        [testPassword, ['same_as_current']],
        ['aaaa', ['too_short', 'single_character_class']],
      ];
      for (const [next, codes] of cases) {
        const answer = await change(client, testPassword, next);
        expect(answer.status, next).toBe(422);
        expect(answer.body.code).toBe('password_policy');
        expect(answer.body.violations?.map((violation) => violation.code)).toEqual(codes);
        expect(answer.body.errors?.[0]?.field).toBe('body.newPassword');
        expect(answer.body.messages.sv.length).toBeGreaterThan(0);
        expect(answer.body.messages.en.length).toBeGreaterThan(0);
      }
      // Nothing was changed: the password is still the old one.
      expect(
        (
          await attempt(
            main.client(),
            (await client.get<{ username: string }>('/api/me')).body.username,
            testPassword,
          )
        ).status,
      ).toBe(200);
    });

    it('refuses a password equal to the username', async () => {
      const { user, client } = await signedIn();
      // Usernames of the test factory are long enough and mixed, so only this rule is broken.
      const answer = await change(client, testPassword, user.username.toUpperCase());
      expect(answer.status).toBe(422);
      expect(answer.body.violations?.map((violation) => violation.code)).toContain('same_as_username');
      expect(answer.body.messages.sv).toContain('Lösenordet får inte vara detsamma som användarnamnet.');
      expect(answer.body.messages.en).toContain('The password must not be the same as the username.');
    });

    it('refuses a wrong current password and counts it towards the lock', async () => {
      const { user, client } = await signedIn();
      const answer = await change(client, 'Not-the-password-1', newPassword);
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('wrong_current_password');
      expect(answer.body.errors?.[0]?.field).toBe('body.currentPassword');
      expect((await throttleOf(`username:${user.username}`))?.failures).toBe(1);
      for (let i = 0; i < 3; i += 1) await change(client, 'Not-the-password-1', newPassword);
      const locked = await change(client, 'Not-the-password-1', newPassword);
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('login_locked');
    });

    it('changes the password with argon2, keeps this session and ends every other', async () => {
      const { user, client } = await signedIn();
      const elsewhere = main.client();
      await elsewhere.login(user.username, testPassword);
      const changed = await change(client, testPassword, newPassword);
      expect(changed.status).toBe(204);
      const stored = await db()
        .selectFrom('users')
        .select('passwordHash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect((await client.get('/api/me')).status).toBe(200);
      expect((await elsewhere.get<Problem>('/api/me')).body.code).toBe('not_signed_in');
      expect((await attempt(main.client(), user.username, testPassword)).status).toBe(401);
      expect((await attempt(main.client(), user.username, newPassword)).status).toBe(200);
    });

    it('needs a session and the CSRF token', async () => {
      const anonymous = await main
        .client()
        .put<Problem>('/api/me/password', { currentPassword: testPassword, newPassword });
      expect(anonymous.status).toBe(401);
      const { client } = await signedIn();
      const forged = await client.request<Problem>(
        'PUT',
        '/api/me/password',
        { currentPassword: testPassword, newPassword },
        { 'x-csrf-token': 'forged' },
      );
      expect(forged.status).toBe(403);
      expect(forged.body.code).toBe('csrf_token_invalid');
    });
  });
});
