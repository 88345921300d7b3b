import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FhirClientList, FhirClientView } from '../../../src/shared/api/fhirClientRoutes.js';
import type { ApiClient } from '../../support/apiClient.js';
import { createOrganisation, signedInUser, type TestOrganisation } from '../../support/factories.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

interface Problem {
  code: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

describe.each(testDatabaseKinds())('the administration of FHIR clients on %s', (kind) => {
  let server: TestServer;
  let region: TestOrganisation;
  let municipality: TestOrganisation;
  let regionAdmin: ApiClient;
  let municipalityAdmin: ApiClient;
  let systemAdmin: ApiClient;
  let staff: ApiClient;

  const register = (client: ApiClient, body: Record<string, unknown>) =>
    client.post<FhirClientView & Problem>('/api/fhir-clients', body);
  const journal = () => ({
    name: 'Journalsystemet',
    clientId: `journal-${Math.random().toString(36).slice(2)}`,
    unitId: region.units.vc,
    scopes: ['system/Appointment.rs', 'system/Organization.rs'],
  });
  const clientRows = async () =>
    (
      await server.database.db
        .selectFrom('fhirClients')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .executeTakeFirstOrThrow()
    ).count;
  const logged = (action: string) =>
    server.database.db
      .selectFrom('accessLog')
      .select(['userId', 'unitId', 'personId', 'sipId', 'reason'])
      .where('action', '=', action)
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    const { db } = server.database;
    region = await createOrganisation(db, 'region', ['vc', 'psyk']);
    municipality = await createOrganisation(db, 'municipality', ['ifo']);
    const admin = async (unitId: string, role: 'organisation_admin' | 'system_admin' | 'staff') =>
      (await signedInUser(db, server.client(), [unitId], role)).client;
    regionAdmin = await admin(region.units.vc!, 'organisation_admin');
    municipalityAdmin = await admin(municipality.units.ifo!, 'organisation_admin');
    systemAdmin = await admin(municipality.units.ifo!, 'system_admin');
    staff = await admin(region.units.vc!, 'staff');
  });
  afterAll(() => server.close());

  it('offers the units of the administrator’s organisation and every scope the API serves', async () => {
    const answer = await regionAdmin.get<FhirClientList>('/api/fhir-clients');
    expect(answer.status).toBe(200);
    expect(answer.body.units.map((unit) => unit.id).sort()).toEqual(
      [region.units.vc, region.units.psyk].sort(),
    );
    expect(answer.body.scopes).toEqual(
      expect.arrayContaining(['system/*.rs', 'system/Appointment.rs', 'system/PractitionerRole.rs']),
    );
    const all = await systemAdmin.get<FhirClientList>('/api/fhir-clients');
    expect(all.body.units.map((unit) => unit.id)).toEqual(
      expect.arrayContaining([region.units.vc, municipality.units.ifo]),
    );
  });

  it('registers a client bound to a unit with its scopes, and logs who granted what', async () => {
    const body = journal();
    const answer = await register(regionAdmin, body);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      name: 'Journalsystemet',
      clientId: body.clientId,
      unitId: region.units.vc,
      organisationName: region.name,
      scopes: ['system/Appointment.rs', 'system/Organization.rs'],
      disabledAt: null,
    });
    expect(answer.body.createdByName).toMatch(/^Test User/);
    const list = await regionAdmin.get<FhirClientList>('/api/fhir-clients');
    expect(list.body.clients.map((client) => client.id)).toContain(answer.body.id);
    expect(await logged('register_fhir_client')).toContainEqual(
      expect.objectContaining({
        unitId: region.units.vc,
        personId: null,
        sipId: null,
        reason: `${body.clientId}: system/Appointment.rs system/Organization.rs`,
      }),
    );
  });

  it('refuses a client id already registered, an unknown scope and a unit outside the organisation, changing nothing', async () => {
    const first = journal();
    await register(regionAdmin, first);
    const before = await clientRows();

    const duplicate = await register(systemAdmin, { ...journal(), clientId: first.clientId });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors?.[0]?.field).toBe('body.clientId');

    const unknownScope = await register(regionAdmin, { ...journal(), scopes: ['system/Spaceship.rs'] });
    expect(unknownScope.status).toBe(422);
    expect(unknownScope.body.detail).toContain('system/Spaceship.rs');

    const foreignUnit = await register(regionAdmin, { ...journal(), unitId: municipality.units.ifo });
    expect(foreignUnit.status).toBe(422);
    expect(foreignUnit.body.code).toBe('unknown_unit');
    expect(foreignUnit.body.errors?.[0]?.field).toBe('body.unitId');
    const malformed = await register(regionAdmin, {
      ...journal(),
      scopes: ['patient/*.read'],
      clientId: 'a b',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((error) => error.field).sort()).toEqual([
      'body.clientId',
      'body.scopes.0',
    ]);
    const noScopes = await register(regionAdmin, { ...journal(), scopes: [] });
    expect(noScopes.status).toBe(400);

    expect(await clientRows()).toBe(before);
  });

  it('says why a unit is refused in Swedish and in English', async () => {
    const { db } = server.database;
    const { client: englishAdmin, user } = await signedInUser(
      db,
      server.client(),
      [region.units.vc!],
      'organisation_admin',
    );
    await db.updateTable('users').set({ locale: 'en' }).where('id', '=', user.id).execute();
    const body = { ...journal(), unitId: municipality.units.ifo };
    const swedish = await register(regionAdmin, body);
    const english = await register(englishAdmin, body);
    expect(swedish.body.detail).toBe('Enheten finns inte, eller så administrerar du inte dess organisation.');
    expect(english.body.detail).toBe('The unit does not exist, or you do not administer its organisation.');
  });

  it('changes a client’s scopes and disables it for good, each logged', async () => {
    const made = (await register(regionAdmin, journal())).body;
    const changed = await regionAdmin.put<FhirClientView>(`/api/fhir-clients/${made.id}/scopes`, {
      scopes: ['system/Encounter.rs', 'system/*.rs'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.scopes.sort()).toEqual(['system/*.rs', 'system/Encounter.rs']);
    expect((await logged('change_fhir_client_scopes')).map((entry) => entry.reason)).toContain(
      `${made.clientId}: ${changed.body.scopes.join(' ')}`,
    );

    const disabled = await regionAdmin.post<FhirClientView>(`/api/fhir-clients/${made.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabledAt).not.toBeNull();
    expect((await logged('disable_fhir_client')).map((entry) => entry.reason)).toContain(
      `${made.clientId}: ${changed.body.scopes.join(' ')}`,
    );

    const afterwards = await regionAdmin.put<Problem>(`/api/fhir-clients/${made.id}/scopes`, {
      scopes: ['system/Encounter.rs'],
    });
    expect(afterwards.status).toBe(409);
    expect(afterwards.body.code).toBe('fhir_client_disabled');
    expect((await regionAdmin.post<Problem>(`/api/fhir-clients/${made.id}/disable`)).status).toBe(409);
  });

  it('keeps another organisation’s clients from its administrator, as if they did not exist', async () => {
    const made = (await register(regionAdmin, journal())).body;
    const list = await municipalityAdmin.get<FhirClientList>('/api/fhir-clients');
    expect(list.body.clients.map((client) => client.id)).not.toContain(made.id);
    const change = await municipalityAdmin.put<Problem>(`/api/fhir-clients/${made.id}/scopes`, {
      scopes: ['system/Encounter.rs'],
    });
    expect(change.status).toBe(404);
    expect((await municipalityAdmin.post(`/api/fhir-clients/${made.id}/disable`)).status).toBe(404);
    const unknown = await systemAdmin.post<Problem>(
      '/api/fhir-clients/0190f000-0000-7000-8000-000000000000/disable',
    );
    expect(unknown.status).toBe(404);
    const mine = await systemAdmin.get<FhirClientList>('/api/fhir-clients');
    expect(mine.body.clients.map((client) => client.id)).toContain(made.id);
  });

  it('refuses staff, and anyone not signed in', async () => {
    expect((await staff.get('/api/fhir-clients')).status).toBe(403);
    expect((await register(staff, journal())).status).toBe(403);
    expect((await server.client().get('/api/fhir-clients')).status).toBe(401);
  });
});
