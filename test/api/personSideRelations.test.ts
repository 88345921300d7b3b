import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type { PersonSipList, PersonSipOverview } from '../../src/shared/api/personSide.js';
import {
  accessEntries,
  caseWithConsent,
  idNumberAged,
  personWithEId,
  recordGuardian,
  redeemedGuest,
} from '../support/personSideFixture.js';
import { createProcessWorld, meetingFor, type ProcessWorld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('who sees which SIP on the individual’s side, on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  const adult = idNumberAged(40, '123');
  const otherAdult = idNumberAged(35, '456');
  const teenager = idNumberAged(14, '234');
  const youngChild = idNumberAged(9, '345');
  const mother = idNumberAged(42, '567');
  const stranger = idNumberAged(50, '678');
  const cousin = idNumberAged(30, '789');
  let adultSip = '';
  let otherSip = '';
  let teenSip = '';
  let youngSip = '';

  const as = async (idNumber: string) =>
    (await personWithEId(server.database.db, server.client(), idNumber)).client;

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    adultSip = await caseWithConsent(world, adult);
    otherSip = await caseWithConsent(world, otherAdult);
    teenSip = await caseWithConsent(world, teenager, { child: true });
    youngSip = await caseWithConsent(world, youngChild, { child: true });
    await world.convener.post(`/api/sips/${adultSip}/meetings`, meetingFor(world));
  });
  afterAll(() => server.close());

  it('shows the individual their own SIPs only, and a SIP of anyone else is 404 as a wrong id is', async () => {
    const client = await as(adult);
    const list = await client.get<PersonSipList>('/api/person/sips');
    expect(list.status).toBe(200);
    expect(list.body.sips.map((sip) => [sip.id, sip.relation, sip.firstName])).toEqual([
      [adultSip, 'individual', 'Tove'],
    ]);
    expect(list.body.sips[0]!.nextMeetingAt).not.toBeNull();

    const own = await client.get<PersonSipOverview>(`/api/person/sips/${adultSip}`);
    expect(own.status).toBe(200);
    expect(own.body.allowedActions).toContain('withdrawConsent');
    expect(own.body.nextMeeting?.place).toBe('Socialkontoret');
    expect(own.body.nextMeeting?.units.map((unit) => unit.answer)).toContain('waiting');
    for (const id of [otherSip, teenSip, '0190f0e0-0000-7000-8000-000000000000']) {
      const refused = await client.get<Problem>(`/api/person/sips/${id}`);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 404, code: 'not_found' });
    }
    // Nothing in what the pages get names the identity number or an address.
    expect(JSON.stringify(own.body)).not.toContain(adult.replace('-', '').slice(2));
  });

  it('lets a guardian staff recorded see the child’s SIP, and no one merely claiming to be one', async () => {
    const before = await as(mother);
    expect((await before.get<PersonSipList>('/api/person/sips')).body.sips).toEqual([]);
    expect((await before.get(`/api/person/sips/${youngSip}`)).status).toBe(404);

    await recordGuardian(server.database.db, youngSip, mother);
    const guardian = await as(mother);
    const list = await guardian.get<PersonSipList>('/api/person/sips');
    expect(list.body.sips.map((sip) => [sip.id, sip.relation])).toEqual([[youngSip, 'guardian']]);
    const overview = await guardian.get<PersonSipOverview>(`/api/person/sips/${youngSip}`);
    expect(overview.body.allowedActions).toEqual(
      expect.arrayContaining(['approvePlan', 'prepare', 'withdrawConsent']),
    );

    const unrecorded = await as(stranger);
    expect((await unrecorded.get(`/api/person/sips/${youngSip}`)).status).toBe(404);
  });

  it('lets a child in only when staff gave a sign-in of their own and the child is old enough', async () => {
    const teen = await as(teenager);
    expect((await teen.get<PersonSipList>('/api/person/sips')).body.sips).toEqual([]);
    expect((await teen.get(`/api/person/sips/${teenSip}`)).status).toBe(404);

    const db = server.database.db;
    await db.updateTable('sips').set({ childSignsIn: true }).where('id', 'in', [teenSip, youngSip]).execute();
    const allowed = await teen.get<PersonSipOverview>(`/api/person/sips/${teenSip}`);
    expect(allowed.status).toBe(200);
    expect(allowed.body.relation).toBe('child');
    expect(allowed.body.allowedActions).toEqual([
      'seeCase',
      'readMeeting',
      'readPlan',
      'readFollowUps',
      'writeChildView',
    ]);
    const refused = await teen.get<Problem>(`/api/person/sips/${teenSip}/consent`);
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 403,
      code: 'not_for_child',
    });

    // Nine years old: below the county's age, marked or not.
    const young = await as(youngChild);
    expect((await young.get(`/api/person/sips/${youngSip}`)).status).toBe(404);
    // The county's age raised above the teenager's: out again.
    await db.updateTable('countySettings').set({ childSignInAge: 15 }).execute();
    expect((await teen.get(`/api/person/sips/${teenSip}`)).status).toBe(404);
    await db.updateTable('countySettings').set({ childSignInAge: 12 }).execute();
  });

  it('lets a guest read by their scope only, and never change anything', async () => {
    const db = server.database.db;
    await redeemedGuest(db, adultSip, { idNumber: cousin, kind: 'relative', scope: 'meeting' });
    const guest = await as(cousin);
    const overview = await guest.get<PersonSipOverview>(`/api/person/sips/${adultSip}`);
    expect(overview.status).toBe(200);
    expect(overview.body.relation).toBe('guest');
    expect(overview.body.allowedActions).toEqual(['seeCase', 'readMeeting']);
    expect(overview.body.coordinator).toBeNull();
    expect(overview.body.nextMeeting?.myAnswer).toBeNull();

    const plan = await guest.get<Problem>(`/api/person/sips/${adultSip}/plan`);
    expect({ status: plan.status, code: plan.body.code }).toEqual({
      status: 403,
      code: 'outside_guest_scope',
    });
    for (const path of ['preparation', 'child-view', 'consent', 'access-log', 'follow-ups']) {
      expect((await guest.get(`/api/person/sips/${adultSip}/${path}`)).status).toBe(403);
    }
    const write = await guest.put<Problem>(`/api/person/sips/${adultSip}/preparation`, {
      whatMatters: 'Jag',
    });
    expect(write.status).toBe(403);
    expect(await db.selectFrom('personPreparations').selectAll().execute()).toEqual([]);

    await db.updateTable('guests').set({ scope: 'plan' }).where('sipId', '=', adultSip).execute();
    expect((await guest.get(`/api/person/sips/${adultSip}/plan`)).status).toBe(200);
    expect((await guest.get(`/api/person/sips/${adultSip}/follow-ups`)).status).toBe(403);
    await db
      .updateTable('guests')
      .set({ scope: 'plan_and_follow_ups' })
      .where('sipId', '=', adultSip)
      .execute();
    expect((await guest.get(`/api/person/sips/${adultSip}/follow-ups`)).status).toBe(200);
  });

  it('keeps a relative out where the consent does not let relatives take part, and every guest once it is withdrawn', async () => {
    const db = server.database.db;
    const noRelatives = await caseWithConsent(world, idNumberAged(60, '135'), {
      relativesMayTakePart: false,
    });
    const relative = idNumberAged(33, '246');
    const trustee = idNumberAged(55, '357');
    await redeemedGuest(db, noRelatives, { idNumber: relative, kind: 'relative', scope: 'plan' });
    expect((await (await as(relative)).get(`/api/person/sips/${noRelatives}`)).status).toBe(404);

    const withGuests = await caseWithConsent(world, idNumberAged(61, '468'));
    await redeemedGuest(db, withGuests, { idNumber: trustee, kind: 'trustee', scope: 'plan' });
    const guest = await as(trustee);
    expect((await guest.get(`/api/person/sips/${withGuests}`)).status).toBe(200);
    const withdrawn = await world.convener.post(`/api/sips/${withGuests}/consent/withdraw`, { note: '' });
    expect(withdrawn.status).toBe(200);
    expect((await guest.get(`/api/person/sips/${withGuests}`)).status).toBe(404);
    expect((await guest.get<PersonSipList>('/api/person/sips')).body.sips).toEqual([]);
  });

  it('tells no place of a meeting where the person’s identity is protected', async () => {
    const idNumber = idNumberAged(44, '864');
    const sipId = await caseWithConsent(world, idNumber, { protectedIdentity: true });
    expect((await world.convener.post(`/api/sips/${sipId}/meetings`, meetingFor(world))).status).toBe(200);
    const overview = await (await as(idNumber)).get<PersonSipOverview>(`/api/person/sips/${sipId}`);
    expect(overview.body.nextMeeting).toMatchObject({ form: 'in_person', place: '' });
    expect(JSON.stringify(overview.body)).not.toContain('Socialkontoret');
  });

  it('logs every read with the e-ID identity and the relation, and no one signed in reads nothing', async () => {
    const { client, identityId } = await personWithEId(server.database.db, server.client(), adult);
    const before = (await accessEntries(server.database.db, adultSip)).length;
    await client.get('/api/person/sips');
    await client.get(`/api/person/sips/${adultSip}`);
    const entries = (await accessEntries(server.database.db, adultSip)).slice(before);
    expect(entries).toEqual([
      { action: 'person:seeCase', userId: identityId, role: 'individual', actorKind: 'e_id' },
      { action: 'person:seeCase', userId: identityId, role: 'individual', actorKind: 'e_id' },
    ]);

    const anonymous = await server.client().get<Problem>(`/api/person/sips/${adultSip}`);
    expect(anonymous.status).toBe(401);
    // A staff session is not a person session.
    expect((await world.convener.get(`/api/person/sips/${adultSip}`)).status).toBe(401);
  });

  it('answers in the language the person chose for the session, whatever the browser asks', async () => {
    const client = await as(adult);
    const swedish = await client.get<Problem>(`/api/person/sips/${otherSip}`);
    expect(swedish.status).toBe(404);
    expect((await client.put('/api/person/me/locale', { locale: 'en' })).status).toBe(200);
    const english = await client.request<Problem>('GET', `/api/person/sips/${otherSip}`, undefined, {
      'accept-language': 'sv-SE',
    });
    expect(english.status).toBe(404);
    expect(english.body.detail).not.toBe(swedish.body.detail);
    expect(english.body.detail).toBe((swedish.body as { messages?: { en: string } }).messages?.en);
  });
});
