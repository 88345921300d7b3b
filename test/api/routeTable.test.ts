import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviationRoutes } from '../../src/shared/api/deviationRoutes.js';
import { dischargeRoutes } from '../../src/shared/api/dischargeRoutes.js';
import type { Route } from '../../src/shared/api/route.js';
import { sessionRoutes } from '../../src/shared/api/sessionRoutes.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const tables: Record<string, Record<string, Route>> = {
  sessionRoutes,
  deviationRoutes,
  dischargeRoutes,
};

describe('the route table the web calls through', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server.close());

  it('names only routes the server registers, by method and address', () => {
    const routes = Object.entries(tables).flatMap(([table, entries]) =>
      Object.entries(entries).map(([name, route]) => ({ name: `${table}.${name}`, route })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const unknown = routes
      .filter(({ route }) => !server.app.routePolicies.has(`${route.method} ${route.path}`))
      .map(({ name, route }) => `${name}: ${route.method} ${route.path}`);
    expect(unknown).toEqual([]);
  });
});
