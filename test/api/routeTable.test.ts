import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLogRoutes } from '../../src/shared/api/accessLogRoutes.js';
import { caseRoutes } from '../../src/shared/api/caseRoutes.js';
import { deviationRoutes } from '../../src/shared/api/deviationRoutes.js';
import { dischargeRoutes } from '../../src/shared/api/dischargeRoutes.js';
import { feedbackRoutes } from '../../src/shared/api/feedbackRoutes.js';
import { guidanceRoutes } from '../../src/shared/api/guidanceRoutes.js';
import { invitationRoutes } from '../../src/shared/api/invitationRoutes.js';
import { notificationRoutes } from '../../src/shared/api/notificationRoutes.js';
import { planRoutes } from '../../src/shared/api/planRoutes.js';
import { planTemplateRoutes } from '../../src/shared/api/planTemplateRoutes.js';
import type { Route } from '../../src/shared/api/route.js';
import { sessionRoutes } from '../../src/shared/api/sessionRoutes.js';
import { settingsRoutes } from '../../src/shared/api/settingsRoutes.js';
import { startRoutes } from '../../src/shared/api/startRoutes.js';
import { statisticsRoutes } from '../../src/shared/api/statisticsRoutes.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const tables: Record<string, Record<string, Route>> = {
  sessionRoutes,
  startRoutes,
  caseRoutes,
  planRoutes,
  invitationRoutes,
  deviationRoutes,
  dischargeRoutes,
  planTemplateRoutes,
  notificationRoutes,
  settingsRoutes,
  guidanceRoutes,
  feedbackRoutes,
  accessLogRoutes,
  statisticsRoutes,
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
    expect(routes.length).toBeGreaterThanOrEqual(75);
    const unknown = routes
      .filter(({ route }) => !server.app.routePolicies.has(`${route.method} ${route.path}`))
      .map(({ name, route }) => `${name}: ${route.method} ${route.path}`);
    expect(unknown).toEqual([]);
  });
});
