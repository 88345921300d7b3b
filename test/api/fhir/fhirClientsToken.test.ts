import type { Appointment } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FhirClientView } from '../../../src/shared/api/fhirClientRoutes.js';
import type { ApiClient } from '../../support/apiClient.js';
import { signedInUser } from '../../support/factories.js';
import { fhirGet, issueOf } from '../../support/fhirClient.js';
import { startOAuthServer, type OAuthServer } from '../../support/oauthServer.js';
import { createProcessWorld, sipWithMeetingHeld, type ProcessWorld } from '../../support/processFixture.js';
import { testDatabaseKinds } from '../../support/testDatabase.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

/**
 * From the administrators' page to a system's reads: a client registered, changed and disabled through the page's
 * routes gets exactly what its registration says, as its unit's staff would see it.
 */
describe.each(testDatabaseKinds())('a FHIR client registered on the page on %s', (kind) => {
  let oauth: OAuthServer;
  let server: TestServer;
  let world: ProcessWorld;
  let admin: ApiClient;
  let client: FhirClientView;
  let meetingId: string;

  const read = async (path: string) =>
    fhirGet<Appointment>(server.client(), path, {
      authorization: `Bearer ${await oauth.token({ client_id: 'vc-journal', scope: 'system/*.rs' })}`,
    });

  beforeAll(async () => {
    oauth = await startOAuthServer();
    server = await startTestServer(kind, { fhirOAuth: oauth.config });
    world = await createProcessWorld(server.database.db, () => server.client());
    const sip = await sipWithMeetingHeld(world);
    meetingId = (
      await server.database.db
        .selectFrom('meetings')
        .select('id')
        .where('sipId', '=', sip.id)
        .executeTakeFirstOrThrow()
    ).id;
    admin = (
      await signedInUser(server.database.db, server.client(), [world.region.units.vc!], 'organisation_admin')
    ).client;
    client = (
      await admin.post<FhirClientView>('/api/fhir-clients', {
        name: 'Vårdcentralens journal',
        clientId: 'vc-journal',
        unitId: world.region.units.vc,
        scopes: ['system/Appointment.rs'],
      })
    ).body;
  });
  afterAll(async () => {
    await server.close();
    await oauth.close();
  });

  it('reads the meetings its unit takes part in, and only the types it was granted', async () => {
    const meeting = await read(`/fhir/R4/Appointment/${meetingId}`);
    expect(meeting.status).toBe(200);
    expect(meeting.body.id).toBe(meetingId);
    const encounter = await read(`/fhir/R4/Encounter/${meetingId}`);
    expect(encounter.status).toBe(403);
    expect(issueOf(encounter).code).toBe('forbidden');
  });

  it('reads what a change of scopes grants, and nothing once disabled', async () => {
    await admin.put(`/api/fhir-clients/${client.id}/scopes`, {
      scopes: ['system/Appointment.rs', 'system/Encounter.rs'],
    });
    expect((await read(`/fhir/R4/Encounter/${meetingId}`)).status).toBe(200);
    await admin.post(`/api/fhir-clients/${client.id}/disable`);
    expect((await read(`/fhir/R4/Appointment/${meetingId}`)).status).toBe(401);
  });
});
