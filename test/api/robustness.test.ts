import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SipDetail } from '../../src/shared/api/responses.js';
import { createProcessWorld, newSipBody, type ProcessWorld } from '../support/processFixture.js';
import { fingerprintCaseData } from '../support/snapshot.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Five thousand per database: over ten thousand generated requests in a run on both. */
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 5000);

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

describe.each(testDatabaseKinds())('every API route under arbitrary input on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let routes: { method: string; path: string }[];
  let sipId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    sipId = (await world.convener.post<SipDetail>('/api/sips', newSipBody())).body.id;
    const spec = await world.convener.get<OpenApi>('/api/openapi.json');
    routes = Object.entries(spec.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    // Signing out would turn every later request into the same 401 and test nothing more.
    routes = routes.filter((route) => route.path !== '/api/auth/logout');
  });
  afterAll(() => server.close());

  it('lists every step of the process in the API description', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
  });

  // Before the fuzzing below, whose thousands of requests from one address reach the sign-in rate limit.
  it('refuses a NUL character in any part of any request with 400, signed in or not', async () => {
    const nul = 'Anna\u0000';
    const signIn = await server
      .client()
      .post<{ code: string; errors: { field: string }[] }>('/api/auth/login', {
        username: nul,
        password: 'Lösenord-1',
      });
    expect(signIn.status).toBe(400);
    expect(signIn.body.code).toBe('nul_character');
    expect(signIn.body.errors[0]!.field).toBe('body.username');
    const before = await fingerprintCaseData(server.database.db);
    const need = await world.convener.put<{ code: string }>(`/api/sips/${sipId}/need`, {
      ...newSipBody().need,
      description: `Behöver stöd${'\u0000'}`,
    });
    expect(need.status).toBe(400);
    expect(need.body.code).toBe('nul_character');
    const search = await world.convener.get<{ code: string }>('/api/sips?caseNumber=a%00b');
    expect({ status: search.status, code: search.body.code }).toEqual({ status: 400, code: 'nul_character' });
    const read = await world.convener.get<{ code: string }>('/api/sips/a%00b');
    expect({ status: read.status, code: read.body.code }).toEqual({ status: 400, code: 'nul_character' });
    expect(await fingerprintCaseData(server.database.db)).toBe(before);
  });

  it('refuses a reference to a unit that does not exist with 422, changing nothing', async () => {
    const before = await fingerprintCaseData(server.database.db);
    const need = await world.convener.put<{ status: number; code: string }>(`/api/sips/${sipId}/need`, {
      ...newSipBody().need,
      initiatorType: 'staff',
      initiatorUnitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(need.status).toBe(422);
    expect(need.body).toMatchObject({ status: 422, code: 'unknown_reference' });
    const created = await world.convener.post<{ code: string }>('/api/sips', {
      ...newSipBody(),
      need: { ...newSipBody().need, initiatorUnitId: '00000000-0000-4000-8000-000000000000' },
    });
    expect({ status: created.status, code: created.body.code }).toEqual({
      status: 422,
      code: 'unknown_reference',
    });
    expect(await fingerprintCaseData(server.database.db)).toBe(before);
  });

  it('never answers 5xx, always names the problem, and changes nothing on refusal', async () => {
    const fields = fc.constantFrom(
      'idNumber',
      'baseRevision',
      'content',
      'unitIds',
      'decision',
      'startsAt',
      'reason',
      'username',
    );
    // Text PostgreSQL cannot hold: a NUL character anywhere in a string.
    const withNul = fc
      .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))
      .map(([before, after]) => `${before}\u0000${after}`);
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(fields, fc.jsonValue({ maxDepth: 2 })),
      fc.dictionary(fields, fc.oneof(withNul, fc.array(withNul, { maxLength: 3 }))),
    );
    const target = fc.constantFrom(...routes);
    const id = fc.constantFrom(sipId, '00000000-0000-4000-8000-000000000000', 'not-an-id', '1', 'a%00b');
    let requests = 0;
    // The case data as the last request left it: only a request changes it (the test server runs no jobs), so one
    // fingerprint after each request is enough — compared on a refusal, kept as the new state on a success.
    let current = await fingerprintCaseData(server.database.db);
    await fc.assert(
      fc.asyncProperty(target, body, id, async (route, input, idValue) => {
        const path = route.path.replace('{id}', idValue).replace('{version}', '1');
        const response = await world.convener.request(
          route.method,
          path,
          route.method === 'GET' ? undefined : JSON.stringify(input),
        );
        requests += 1;
        expect(response.status, `${route.method} ${path} ${JSON.stringify(input)}`).toBeLessThan(500);
        const after = await fingerprintCaseData(server.database.db);
        if (response.status < 400) current = after;
        else {
          expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
          const problem = response.body as { code?: string; messages?: { sv: string; en: string } };
          expect(problem.code).toBeTruthy();
          expect(problem.messages?.sv).toBeTruthy();
          expect(problem.messages?.en).toBeTruthy();
          expect(after, `${route.method} ${path} changed case data though refused`).toBe(current);
        }
      }),
      { numRuns: fuzzRuns, seed: 20261127 },
    );
    expect(requests).toBe(fuzzRuns);
    // Thousands of requests over HTTP: about 25 s alone, more while other test files share the cores.
  }, 300_000);
});
