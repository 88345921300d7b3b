import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuestView } from '../../src/shared/api/guests.js';
import type { ApiClient } from '../support/apiClient.js';
import { luhn } from '../support/luhn.js';
import { signedInPerson } from '../support/personSession.js';
import { createProcessWorld, sipWithPlanEstablished, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * A person guest — a relative with their own e-ID — reads the individual's case on the individual's side, by the
 * scope the individual chose, never seeing the identity number, each read in the access log with the guest's
 * identity, until the individual revokes them.
 */
describe.each(testDatabaseKinds())('a person guest reads by scope, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let serial = 500;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  const idNumberOf = (yymmdd: string) => {
    const nine = `${yymmdd}${String((serial += 1)).padStart(3, '0')}`;
    return `19${nine}${luhn(nine)}`;
  };

  /** A case with its plan established, and a relative invited with `scope` whose link they have used. */
  async function guestWith(scope: string) {
    const idNumber = idNumberOf('780404');
    const sip = await sipWithPlanEstablished(world, idNumber);
    const individual = (await signedInPerson(server.database.db, server.client(), idNumber)).client;
    const guestNumber = idNumberOf('600606');
    const guest = await signedInPerson(server.database.db, server.client(), guestNumber, 'Rut Relativ');
    const email = `guest.${sip.id}@example.se`;
    const invited = await individual.post<GuestView>(`/api/person/sips/${sip.id}/guests`, {
      kind: 'relative',
      name: 'Rut Relativ',
      idNumber: guestNumber,
      email,
      scope,
    });
    expect(invited.status).toBe(201);
    const mail = await server.database.db
      .selectFrom('mailOutbox')
      .select('textBody')
      .where('toAddress', '=', email)
      .executeTakeFirstOrThrow();
    const token = /#(\S+)/.exec(mail.textBody ?? '')?.[1];
    expect((await guest.client.post('/api/person/guest-links/redeem', { token })).status).toBe(200);
    return { sip, idNumber, individual, guest, guestId: invited.body.id };
  }

  const read = (client: ApiClient, path: string) => client.get(path);

  it('shows a guest with the scope meeting the case and not the plan; with plan, the plan too', async () => {
    const meetingOnly = await guestWith('meeting');
    const overview = await read(meetingOnly.guest.client, `/api/person/sips/${meetingOnly.sip.id}`);
    expect(overview.status).toBe(200);
    expect(JSON.stringify(overview.body)).not.toContain(meetingOnly.idNumber);
    const plan = await read(meetingOnly.guest.client, `/api/person/sips/${meetingOnly.sip.id}/plan`);
    expect(plan.status).toBe(403);
    expect(plan.body).toMatchObject({ code: 'outside_guest_scope' });
    // A guest changes nothing, whatever the scope.
    expect(
      (await meetingOnly.guest.client.get(`/api/person/sips/${meetingOnly.sip.id}/consent`)).status,
    ).toBe(403);

    const withPlan = await guestWith('plan');
    expect((await read(withPlan.guest.client, `/api/person/sips/${withPlan.sip.id}/plan`)).status).toBe(200);
    expect((await read(withPlan.guest.client, `/api/person/sips/${withPlan.sip.id}/follow-ups`)).status).toBe(
      403,
    );
  });

  it("logs the guest's reads with the guest's identity, and shuts them out at once when revoked", async () => {
    const { sip, individual, guest, guestId } = await guestWith('plan');
    expect((await read(guest.client, `/api/person/sips/${sip.id}`)).status).toBe(200);
    expect((await read(guest.client, `/api/person/sips/${sip.id}/plan`)).status).toBe(200);
    const entries = await server.database.db
      .selectFrom('accessLog')
      .select(['actorKind', 'role', 'action'])
      .where('sipId', '=', sip.id)
      .where('userId', '=', guest.identityId)
      .orderBy('occurredAt')
      .execute();
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['redeem_guest_link', 'person:seeCase', 'person:readPlan']),
    );
    expect(new Set(entries.map((entry) => `${entry.actorKind}/${entry.role}`))).toEqual(
      new Set(['e_id/guest']),
    );

    expect((await individual.post(`/api/person/sips/${sip.id}/guests/${guestId}/revoke`)).status).toBe(200);
    expect((await read(guest.client, `/api/person/sips/${sip.id}`)).status).toBe(404);
    expect((await read(guest.client, `/api/person/sips/${sip.id}/plan`)).status).toBe(404);
  });
});
