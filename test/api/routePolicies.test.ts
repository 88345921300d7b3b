import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

describe('every API route declares its access policy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server.close());

  it('has a policy for every route in the API description', async () => {
    const spec = await server.client().get<OpenApi>('/api/openapi.json');
    const operations = Object.entries(spec.body.paths)
      .filter(([path]) => path.startsWith('/api'))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
    expect(operations.length).toBeGreaterThanOrEqual(30);
    const missing = operations.filter((operation) => !server.app.routePolicies.has(operation));
    expect(missing).toEqual([]);
  });

  it('guards every route on one SIP with the case policy', () => {
    const caseRoutes = [...server.app.routePolicies].filter(([route]) => route.includes('/api/sips/:id'));
    expect(caseRoutes.length).toBeGreaterThanOrEqual(15);
    for (const [route, policy] of caseRoutes) expect(`${route} → ${policy}`).toMatch(/ → case:/);
  });

  it('guards the access-log review with the organisation policy for reading the log', () => {
    const reviewRoutes = [...server.app.routePolicies].filter(([route]) => route.includes('/api/access-log'));
    expect(reviewRoutes.length).toBeGreaterThanOrEqual(4);
    for (const [route, policy] of reviewRoutes)
      expect(`${route} → ${policy}`).toMatch(/ → organisation:readAccessLog$/);
  });

  it('lets anyone signed in read the guidance, and only the county settings policy change it', () => {
    const guidanceRoutes = [...server.app.routePolicies].filter(([route]) => route.includes('/api/guidance'));
    expect(Object.fromEntries(guidanceRoutes)).toEqual({
      'GET /api/guidance': 'reference',
      'GET /api/guidance/:step/versions': 'reference',
      'PUT /api/guidance/:step': 'organisation:administerCountySettings',
    });
    expect(server.app.routePolicies.get('POST /api/me/first-guide')).toBe('self');
  });

  it('lets anyone signed in read the plan templates, and only the county settings policy change them', () => {
    const templateRoutes = [...server.app.routePolicies].filter(([route]) =>
      route.includes('/api/plan-templates'),
    );
    expect(Object.fromEntries(templateRoutes)).toEqual({
      'GET /api/plan-templates': 'reference',
      'GET /api/plan-templates/:id/versions': 'reference',
      'GET /api/plan-templates/:id/versions/:version': 'reference',
      'POST /api/plan-templates': 'organisation:administerCountySettings',
      'PUT /api/plan-templates/:id': 'organisation:administerCountySettings',
    });
  });

  it('lets only the roles that work with cases start a SIP or a discharge', () => {
    expect(server.app.routePolicies.get('POST /api/sips')).toBe('organisation:workWithCases');
    expect(server.app.routePolicies.get('POST /api/discharges')).toBe('organisation:workWithCases');
  });

  it('refuses to start with a route that declares none', async () => {
    const app = await buildApp(
      { database: server.database, config: { ...readConfig({}), webRoot: null } },
      pino({ level: 'silent' }),
    );
    expect(() => app.get('/api/undeclared', { config: { access: 'user' } }, () => ({}))).toThrow(
      /declares no access policy/,
    );
    await app.close();
  });

  it('refuses to start with a label its access rule or its address cannot enforce', async () => {
    const app = await buildApp(
      { database: server.database, config: { ...readConfig({}), webRoot: null } },
      pino({ level: 'silent' }),
    );
    expect(() => app.get('/api/open', { config: { access: 'public', policy: 'self' } }, () => ({}))).toThrow(
      /policy self with access public/,
    );
    expect(() =>
      app.get('/api/no-unit', { config: { access: 'user', policy: 'unitScoped' } }, () => ({})),
    ).toThrow(/policy unitScoped with access user/);
    expect(() =>
      app.get(
        '/api/invitations/latest',
        { config: { access: 'actingUser', policy: 'invitation' } },
        () => ({}),
      ),
    ).toThrow(/names no :id/);
    await app.close();
  });
});
