import type { StartResponse } from '../../src/shared/api/responses.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCounty } from '../../src/db/seed/seedDemo.js';
import { seedDemoCases } from '../../src/server/seed/demoCases.js';
import { demoOrganisations, demoPassword, demoUsers } from '../../src/db/seed/demoCounty.js';
import { createOrganisation, createUser, testPassword } from '../support/factories.js';
import type { Problem } from '../../src/server/problem.js';
import { serveTestDatabase, startTestServer, type TestServer } from '../support/testServer.js';
import { createTestDatabase, testDatabaseKinds } from '../support/testDatabase.js';

describe.each(testDatabaseKinds())('foundation on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('answers /healthz with the kind of database in use', async () => {
    const response = await server.client().get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: kind });
  });

  it('answers /healthz with 503, not 500, when the database cannot be reached', async () => {
    const database = await createTestDatabase(kind);
    const served = await serveTestDatabase(database);
    try {
      await database.drop();
      const response = await served.client().get<Problem>('/healthz');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    } finally {
      await served.close();
    }
  });

  it('describes the API as OpenAPI 3.1 generated from the request schemas', async () => {
    const response = await server
      .client()
      .get<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
        '/api/openapi.json',
      );
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const login = response.body.paths['/api/auth/login']?.post;
    expect(JSON.stringify(login?.requestBody)).toContain('username');
  });

  it('seeds the demo county once, and never over existing data', async () => {
    const county = await seedDemoCounty(server.database.db);
    expect(county?.userIds.size).toBe(demoUsers.length);
    expect(await seedDemoCounty(server.database.db)).toBeNull();
    await seedDemoCases(server.database.db, county!);
    const organisations = await server.database.db
      .selectFrom('organisations')
      .select(['name', 'kind'])
      .execute();
    expect(organisations.filter((o) => o.kind === 'municipality')).toHaveLength(3);
    const region = demoOrganisations.find((o) => o.kind === 'region')!;
    const regionUnits = await server.database.db
      .selectFrom('units')
      .innerJoin('organisations', 'organisations.id', 'units.organisationId')
      .select('units.category')
      .where('organisations.name', '=', region.name)
      .execute();
    const categories = regionUnits.map((u) => u.category);
    for (const category of [
      'primary_care',
      'adult_psychiatry',
      'child_psychiatry',
      'child_habilitation',
      'hospital_ward',
    ]) {
      expect(categories).toContain(category);
    }
    const client = server.client();
    const me = await client.login(demoUsers[0]!.username, demoPassword);
    expect(me.body.displayName).toBe(demoUsers[0]!.displayName);
    // Anna at primary care finds the discharge case's invitation in her inbox and takes part in the running plan.
    const start = await client.get<StartResponse>('/api/start');
    expect(start.body.inbox).toHaveLength(1);
    // She is also the named care contact of two discharges: one still in time, one late with its SIP started.
    expect(start.body.sips.items.map((s) => s.phase).sort()).toEqual([
      'invitation',
      'need_identified',
      'plan_established',
    ]);
    const discharges = await client.get<{ processes: { deadline: { standing: string } | null }[] }>(
      '/api/discharges',
    );
    expect(discharges.body.processes.map((p) => p.deadline?.standing)).toEqual(['overdue', 'due']);
  });

  describe('signing in', () => {
    it('signs in with a session cookie, tells who is signed in and signs out', async () => {
      const organisation = await createOrganisation(server.database.db, 'municipality', ['ifo']);
      const user = await createUser(server.database.db, [organisation.units.ifo!]);
      const client = server.client();
      const login = await client.login(user.username, testPassword);
      const cookie = login.headers.getSetCookie().join(';');
      expect(cookie).toMatch(/samplan_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      // With one unit, it is the unit acted for at once.
      expect(login.body.activeUnitId).toBe(organisation.units.ifo);
      expect((await client.get('/api/me')).body.username).toBe(user.username);
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      const after = await client.get('/api/me');
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('not_signed_in');
    });

    it('refuses a wrong password and an unknown user alike, in Swedish and English', async () => {
      const organisation = await createOrganisation(server.database.db, 'region', ['vc']);
      const user = await createUser(server.database.db, [organisation.units.vc!]);
      const client = server.client();
      const wrong = await client.post('/api/auth/login', { username: user.username, password: 'not-it' });
      const unknown = await client.post('/api/auth/login', { username: 'nobody-here', password: 'not-it' });
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('wrong_credentials');
        expect(response.body.messages).toEqual({
          sv: 'Fel användarnamn eller lösenord.',
          en: 'Wrong username or password.',
        });
      }
    });

    it('lets a user with several units choose the unit they act for, and only their own', async () => {
      const region = await createOrganisation(server.database.db, 'region', ['vc', 'psyk']);
      const other = await createOrganisation(server.database.db, 'municipality', ['ifo']);
      const user = await createUser(
        server.database.db,
        [region.units.vc!, region.units.psyk!],
        'unit_manager',
      );
      const client = server.client();
      const login = await client.login(user.username, testPassword);
      expect(login.body.activeUnitId).toBeNull();
      expect(login.body.units).toHaveLength(2);
      const chosen = await client.put('/api/me/active-unit', { unitId: region.units.psyk });
      expect(chosen.status).toBe(200);
      expect(chosen.body.activeUnitId).toBe(region.units.psyk);
      const refused = await client.put('/api/me/active-unit', { unitId: other.units.ifo });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('not_your_unit');
      expect((await client.get('/api/me')).body.activeUnitId).toBe(region.units.psyk);
    });

    it('switches the language of answers with the user’s choice', async () => {
      const organisation = await createOrganisation(server.database.db, 'region', ['vc']);
      const user = await createUser(server.database.db, [organisation.units.vc!]);
      const client = server.client();
      await client.login(user.username, testPassword);
      expect((await client.put('/api/me/locale', { locale: 'en' })).body.locale).toBe('en');
      const refused = await client.put('/api/me/active-unit', {
        unitId: '00000000-0000-4000-8000-000000000000',
      });
      expect(refused.body.detail).toBe('You hold no commission in that unit.');
      expect(refused.body.title).toBe('Forbidden');
    });
  });

  describe('bad input', () => {
    it('answers malformed JSON with 400 problem+json', async () => {
      const response = await server.client().request('POST', '/api/auth/login', '{"username": ');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('malformed_json');
    });

    it('names unknown fields, wrong types and oversized text', async () => {
      const response = await server
        .client()
        .post('/api/auth/login', { username: 42, password: 'x'.repeat(300), extra: true });
      expect(response.status).toBe(400);
      const fields = (response.body.errors as { field: string; messages: { sv: string; en: string } }[]).map(
        (e) => e.field,
      );
      expect(fields).toEqual(expect.arrayContaining(['body.username', 'body.password', 'body.extra']));
      for (const error of response.body.errors as { messages: { sv: string; en: string } }[]) {
        expect(error.messages.sv.length).toBeGreaterThan(0);
        expect(error.messages.en.length).toBeGreaterThan(0);
      }
    });

    it('refuses a body that is not JSON and one that is too large', async () => {
      const text = await server
        .client()
        .request('POST', '/api/auth/login', 'username=a', { 'content-type': 'text/plain' });
      expect(text.status).toBe(415);
      const huge = await server
        .client()
        .request('POST', '/api/auth/login', JSON.stringify({ username: 'x'.repeat(600_000) }));
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('body_too_large');
    });

    it('refuses state changes coming from another site', async () => {
      const response = await server
        .client()
        .request(
          'POST',
          '/api/auth/login',
          { username: 'a', password: 'b' },
          { 'sec-fetch-site': 'cross-site' },
        );
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('cross_site_request');
    });

    it('answers an unknown API address with 404 problem+json', async () => {
      const response = await server.client().get('/api/no-such-thing');
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('route_not_found');
    });
  });
});
