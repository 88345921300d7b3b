import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailDelivery, type MailDelivery } from '../../src/server/mail/delivery.js';
import type { GuestUnit, GuestView, SharedSipSummary, SharedSipView } from '../../src/shared/api/guests.js';
import type { ApiClient } from '../support/apiClient.js';
import { createOrganisation, signedInUser } from '../support/factories.js';
import { luhn } from '../support/luhn.js';
import { startMailCatcher, type MailCatcher } from '../support/mailCatcher.js';
import { signedInPerson } from '../support/personSession.js';
import { createProcessWorld, sipWithPlanEstablished, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const publicUrl = 'https://samplan.example.se';

/**
 * An organisation guest — Försäkringskassan here — invited by the individual as one of its registered units: the
 * link works only for staff acting for that unit, who then read the SIP by the scope chosen, without the identity
 * number or address, each read in the access log with their identity, until the individual revokes it.
 */
describe.each(testDatabaseKinds())('an organisation guest reads the shared SIP, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let smtp: MailCatcher;
  let delivery: MailDelivery;
  let unitId = '';
  let insurance: { client: ApiClient; user: { id: string } };
  let otherUnitStaff: ApiClient;
  let unitAdministrator: ApiClient;
  let serial = 300;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    const settings = { smtpUrl: smtp.url, publicUrl, mailFrom: 'samplan@example.se' };
    server = await startTestServer(kind, settings);
    delivery = startMailDelivery(server.database.db, settings, pino({ level: 'silent' }), { pollMs: 50 });
    const db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    const agency = await createOrganisation(db, 'other', ['office', 'branch']);
    unitId = agency.units.office!;
    insurance = await signedInUser(db, server.client(), [unitId]);
    otherUnitStaff = (await signedInUser(db, server.client(), [agency.units.branch!])).client;
    unitAdministrator = (await signedInUser(db, server.client(), [unitId], 'organisation_admin')).client;
  });
  afterAll(async () => {
    await delivery.stop();
    await server.close();
    await smtp.close();
  });

  /** A SIP with its plan established, and its individual signed in with e-ID. */
  async function establishedCase() {
    const nine = `750303${String((serial += 1)).padStart(3, '0')}`;
    const idNumber = `19${nine}${luhn(nine)}`;
    const sip = await sipWithPlanEstablished(world, idNumber);
    const individual = (await signedInPerson(server.database.db, server.client(), idNumber)).client;
    return { ...sip, idNumber, individual };
  }

  /** The individual invites the unit, chosen from the registered ones, with `scope`; the token of the link mailed. */
  async function invite(sip: { id: string; individual: ApiClient }, scope: string) {
    const offered = await sip.individual.get<GuestUnit[]>('/api/person/guest-units');
    expect(offered.body.map((unit) => unit.id)).toContain(unitId);
    const email = `fk.${scope}.${sip.id}@example.se`;
    const invited = await sip.individual.post<GuestView>(`/api/person/sips/${sip.id}/guests`, {
      kind: 'social_insurance',
      name: 'Försäkringskassan',
      unitId,
      email,
      scope,
    });
    expect(invited.status).toBe(201);
    expect(invited.body.unitName).toContain('office');
    const [mail] = await smtp.waitFor((each) => each.to.includes(email));
    const text = mail!.parsed.text ?? '';
    const token = /#([A-Za-z0-9._-]+)/.exec(text)?.[1] ?? '';
    expect(text).toContain(`${publicUrl}/gast#${token}`);
    return { guestId: invited.body.id, token };
  }

  const redeem = (client: ApiClient, token: string) => client.post('/api/guest-links/redeem', { token });

  it('lets only staff acting for the invited unit use the link, and shows the meeting only', async () => {
    const sip = await establishedCase();
    await server.database.db
      .updateTable('persons')
      .set({ address: 'Hemliga gatan 7' })
      .where('idNumber', '=', sip.idNumber)
      .execute();
    const { guestId, token } = await invite(sip, 'meeting');

    const asPerson = await sip.individual.post('/api/person/guest-links/redeem', { token });
    expect(asPerson.status).toBe(422);
    expect(asPerson.body).toMatchObject({ code: 'guest_link_for_unit' });
    expect((await redeem(otherUnitStaff, token)).body).toMatchObject({ code: 'guest_link_other_unit' });
    expect((await redeem(unitAdministrator, token)).body).toMatchObject({ code: 'guest_link_role' });
    expect((await redeem(world.stranger, token)).status).toBe(403);

    const used = await redeem(insurance.client, token);
    expect(used.status).toBe(200);
    expect(used.body).toEqual({ id: guestId });
    expect((await redeem(otherUnitStaff, token)).body).toMatchObject({ code: 'guest_link_used' });

    const list = await insurance.client.get<SharedSipSummary[]>('/api/shared-sips');
    expect(list.body.map((each) => each.id)).toEqual([guestId]);
    const read = await insurance.client.get<SharedSipView>(`/api/shared-sips/${guestId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      sipId: sip.id,
      personName: 'Tove Testsson',
      scope: 'meeting',
      plan: null,
    });
    expect(read.body.followUps).toBeNull();
    expect(read.body.meeting?.place).toBe('Socialkontoret');
    const json = JSON.stringify(read.body);
    for (const personal of [sip.idNumber, sip.idNumber.slice(2, 8), 'Hemliga gatan'])
      expect(json).not.toContain(personal);

    // Nobody else reads it: another unit, the case's own convener, a unit's administrator.
    for (const client of [otherUnitStaff, world.convener, unitAdministrator])
      expect((await client.get(`/api/shared-sips/${guestId}`)).status).toBe(404);
    expect((await otherUnitStaff.get<SharedSipSummary[]>('/api/shared-sips')).body).toEqual([]);

    // A protected identity hides the name and the place of the meeting (a place may be a home).
    await server.database.db
      .updateTable('persons')
      .set({ protectedIdentity: true })
      .where('idNumber', '=', sip.idNumber)
      .execute();
    const masked = await insurance.client.get<SharedSipView>(`/api/shared-sips/${guestId}`);
    expect(masked.body.personName).not.toContain('Tove');
    expect(masked.body.meeting?.place).toBe('');

    const revoked = await sip.individual.post(`/api/person/sips/${sip.id}/guests/${guestId}/revoke`);
    expect(revoked.status).toBe(200);
    expect((await insurance.client.get(`/api/shared-sips/${guestId}`)).status).toBe(404);
    expect((await insurance.client.get<SharedSipSummary[]>('/api/shared-sips')).body).toEqual([]);
  });

  it('shows the plan for the scope plan, and its follow-ups only for plan and follow-ups', async () => {
    const sip = await establishedCase();
    const plan = await invite(sip, 'plan');
    const withFollowUps = await invite(sip, 'plan_and_follow_ups');
    for (const { token } of [plan, withFollowUps])
      expect((await redeem(insurance.client, token)).status).toBe(200);

    const planOnly = await insurance.client.get<SharedSipView>(`/api/shared-sips/${plan.guestId}`);
    expect(planOnly.body.plan?.version).toBe(1);
    expect(planOnly.body.followUps).toBeNull();
    const all = await insurance.client.get<SharedSipView>(`/api/shared-sips/${withFollowUps.guestId}`);
    expect(all.body.plan?.version).toBe(1);
    expect(all.body.followUps).toEqual([]);

    // Withdrawing the consent shuts every guest out at once.
    await world.convener.post(`/api/sips/${sip.id}/consent/withdraw`, { note: 'Vill inte längre.' });
    expect((await insurance.client.get(`/api/shared-sips/${plan.guestId}`)).status).toBe(404);
  });

  it('logs the link used and every read with the guest unit staff member who did it', async () => {
    const sip = await establishedCase();
    const { guestId, token } = await invite(sip, 'plan');
    await redeem(insurance.client, token);
    await insurance.client.get(`/api/shared-sips/${guestId}`);
    const entries = await server.database.db
      .selectFrom('accessLog')
      .select(['action', 'userId', 'unitId'])
      .where('sipId', '=', sip.id)
      .where('userId', '=', insurance.user.id)
      .orderBy('occurredAt')
      .execute();
    expect(entries).toEqual([
      { action: 'redeem_guest_link', userId: insurance.user.id, unitId },
      { action: 'read_case_and_plan', userId: insurance.user.id, unitId },
    ]);
  });

  it('refuses a person guest link on the staff side', async () => {
    const sip = await establishedCase();
    const email = `person.${sip.id}@example.se`;
    await sip.individual.post(`/api/person/sips/${sip.id}/guests`, {
      kind: 'relative',
      name: 'Rut',
      idNumber: '19121212-1212',
      email,
      scope: 'meeting',
    });
    const [mail] = await smtp.waitFor((each) => each.to.includes(email));
    const token = /#([A-Za-z0-9._-]+)/.exec(mail!.parsed.text ?? '')?.[1] ?? '';
    expect(mail!.parsed.text).toContain(`${publicUrl}/mina/gast#`);
    expect((await redeem(insurance.client, token)).body).toMatchObject({ code: 'guest_link_for_person' });
  });
});
