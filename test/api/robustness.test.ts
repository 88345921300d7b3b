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

  it('never answers 5xx, always names the problem, and changes nothing on refusal', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom('idNumber', 'baseRevision', 'content', 'unitIds', 'decision', 'startsAt', 'reason'),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );
    const target = fc.constantFrom(...routes);
    const id = fc.constantFrom(sipId, '00000000-0000-4000-8000-000000000000', 'not-an-id', '1');
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(target, body, id, async (route, input, idValue) => {
        const path = route.path.replace('{id}', idValue).replace('{version}', '1');
        const before = await fingerprintCaseData(server.database.db);
        const response = await world.convener.request(
          route.method,
          path,
          route.method === 'GET' ? undefined : JSON.stringify(input),
        );
        requests += 1;
        expect(response.status, `${route.method} ${path} ${JSON.stringify(input)}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
          const problem = response.body as { code?: string; messages?: { sv: string; en: string } };
          expect(problem.code).toBeTruthy();
          expect(problem.messages?.sv).toBeTruthy();
          expect(problem.messages?.en).toBeTruthy();
          expect(await fingerprintCaseData(server.database.db)).toBe(before);
        }
      }),
      { numRuns: fuzzRuns, seed: 20261127 },
    );
    expect(requests).toBe(fuzzRuns);
    // Thousands of requests over HTTP: about 25 s alone, more while other test files share the cores.
  }, 300_000);
});
