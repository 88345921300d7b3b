import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { Me } from '../../src/shared/api/me.js';
import { createOrganisation, signedInUser, type TestOrganisation } from '../support/factories.js';
import { newSipBody } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * What a role may do in its organisation is the server's to say: `/api/me` lists it per unit for the web's menus,
 * and the routes refuse the rest — a role that does not work with cases cannot start a SIP or a discharge.
 */
describe.each(testDatabaseKinds())('organisation actions by role on %s', (kind) => {
  let server: TestServer;
  let municipality: TestOrganisation;
  const signIn = async (role: 'staff' | 'county_coordinator' | 'system_admin') =>
    (await signedInUser(server.database.db, server.client(), [municipality.units.ifo!], role)).client;
  const sipCount = async () =>
    Number(
      (
        await server.database.db
          .selectFrom('sips')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    municipality = await createOrganisation(server.database.db, 'municipality', ['ifo']);
  });
  afterAll(() => server.close());

  it('tells each user what their role may do in the unit', async () => {
    const actions = async (role: 'staff' | 'county_coordinator' | 'system_admin') =>
      (await (await signIn(role)).get<Me>('/api/me')).body.units[0]!.allowedActions;
    expect(await actions('staff')).toEqual(['workWithCases']);
    expect(await actions('county_coordinator')).toEqual(['readStatistics']);
    expect(await actions('system_admin')).toEqual([
      'readAccessLog',
      'administerUnits',
      'readStatistics',
      'administerCountySettings',
      'readOutbox',
    ]);
  });

  it('refuses a SIP or a discharge started by a role that does not work with cases, and creates nothing', async () => {
    for (const role of ['county_coordinator', 'system_admin'] as const) {
      const client = await signIn(role);
      const sip = await client.post<Problem>('/api/sips', newSipBody());
      expect(sip.status, role).toBe(403);
      expect(sip.body.code).toBe('role_not_allowed');
      expect(sip.body.messages.sv).toMatch(/kan inte starta en SIP/);
      const discharge = await client.post<Problem>('/api/discharges', {});
      expect(discharge.status, role).toBe(403);
    }
    expect(await sipCount()).toBe(0);
    expect((await (await signIn('staff')).post('/api/sips', newSipBody())).status).toBe(201);
    expect(await sipCount()).toBe(1);
  });
});
