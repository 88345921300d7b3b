import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import type {
  PersonAccessLog,
  PersonConsent,
  PersonFeedbackLink,
  PersonFeedbackMeetings,
  PersonFollowUps,
} from '../../src/shared/api/personSide.js';
import {
  accessEntries,
  caseWithConsent,
  idNumberAged,
  personWithEId,
  recordGuardian,
} from '../support/personSideFixture.js';
import {
  createProcessWorld,
  isoDay,
  meetingFor,
  sipWithPlanEstablished,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe.each(testDatabaseKinds())('consent, feedback, follow-ups and my access log on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;

  beforeAll(async () => {
    server = await startTestServer(kind, { publicUrl: 'https://samplan.example.se/' });
    world = await createProcessWorld(server.database.db, () => server.client());
  });
  afterAll(() => server.close());

  /** The case as the withdrawal leaves it: its phase, the phase to resume, and the last step in its history. */
  async function caseAfter(sipId: string) {
    const db = server.database.db;
    const sip = await db
      .selectFrom('sips')
      .select(['phase', 'phaseBeforePause', 'revision'])
      .where('id', '=', sipId)
      .executeTakeFirstOrThrow();
    const event = await db
      .selectFrom('sipEvents')
      .select(['type', 'fromPhase', 'toPhase', 'data', 'actorUserId', 'actorIdentityId'])
      .where('sipId', '=', sipId)
      .orderBy('occurredAt', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const consent = await db
      .selectFrom('consents')
      .select(['withdrawnAt', 'withdrawnBy', 'withdrawnByIdentityId', 'withdrawalNote'])
      .where('sipId', '=', sipId)
      .executeTakeFirstOrThrow();
    return { sip, event, consent };
  }

  it('tells what was consented to, by whom and until when, in plain terms', async () => {
    const idNumber = idNumberAged(52, '711');
    const sipId = await caseWithConsent(world, idNumber);
    const { client } = await personWithEId(server.database.db, server.client(), idNumber);
    const read = await client.get<PersonConsent>(`/api/person/sips/${sipId}/consent`);
    expect(read.status).toBe(200);
    expect(read.body.consent).toMatchObject({
      decision: 'given',
      givenBy: 'individual',
      givenOn: isoDay(0),
      validUntil: isoDay(365),
      relativesMayTakePart: true,
      withdrawnAt: null,
    });
    // The convening unit and the four units named, by name.
    expect(read.body.consent?.units).toHaveLength(5);
    expect(JSON.stringify(read.body)).not.toContain(world.region.units.vc!);
  });

  it('withdraws the consent with the same effect on the case as when staff record it', async () => {
    const byStaff = await caseWithConsent(world, idNumberAged(53, '712'));
    const idNumber = idNumberAged(54, '713');
    const byPerson = await caseWithConsent(world, idNumber);
    for (const sipId of [byStaff, byPerson])
      expect((await world.convener.post(`/api/sips/${sipId}/meetings`, meetingFor(world))).status).toBe(200);
    const { client, identityId } = await personWithEId(server.database.db, server.client(), idNumber);

    expect((await world.convener.post(`/api/sips/${byStaff}/consent/withdraw`, { note: '' })).status).toBe(
      200,
    );
    const withdrawn = await client.post<PersonConsent>(`/api/person/sips/${byPerson}/consent/withdraw`, {
      note: 'Jag vill inte längre.',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consent?.withdrawnAt).not.toBeNull();

    const staff = await caseAfter(byStaff);
    const person = await caseAfter(byPerson);
    expect(person.sip).toEqual(staff.sip);
    expect(staff.sip.phase).toBe('paused');
    expect({ ...person.event, actorIdentityId: null, actorUserId: null }).toEqual({
      ...staff.event,
      actorIdentityId: null,
      actorUserId: null,
    });
    expect(person.event).toMatchObject({
      type: 'withdrawConsent',
      actorUserId: null,
      actorIdentityId: identityId,
    });
    expect(person.consent).toMatchObject({
      withdrawnBy: null,
      withdrawnByIdentityId: identityId,
      withdrawalNote: 'Jag vill inte längre.',
    });
    expect(await accessEntries(server.database.db, byPerson)).toContainEqual({
      action: 'person:withdrawConsent',
      userId: identityId,
      role: 'individual',
      actorKind: 'e_id',
    });
    // The staff side reads the case as after any withdrawal.
    expect((await world.convener.get(`/api/sips/${byPerson}`)).status).toBe(200);

    const again = await client.post<Problem>(`/api/person/sips/${byPerson}/consent/withdraw`, { note: '' });
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 403,
      code: 'consent_not_in_force',
    });
  });

  it('lets a guardian withdraw a child’s consent, and the child not', async () => {
    const teenager = idNumberAged(15, '714');
    const mother = idNumberAged(44, '715');
    const sipId = await caseWithConsent(world, teenager, { child: true });
    await server.database.db
      .updateTable('sips')
      .set({ childSignsIn: true })
      .where('id', '=', sipId)
      .execute();
    await recordGuardian(server.database.db, sipId, mother);
    const child = (await personWithEId(server.database.db, server.client(), teenager)).client;
    expect((await child.post(`/api/person/sips/${sipId}/consent/withdraw`, { note: '' })).status).toBe(403);
    const guardian = await personWithEId(server.database.db, server.client(), mother);
    expect(
      (await guardian.client.post(`/api/person/sips/${sipId}/consent/withdraw`, { note: '' })).status,
    ).toBe(200);
    expect((await caseAfter(sipId)).consent.withdrawnByIdentityId).toBe(guardian.identityId);
  });

  it('gives a feedback link for a held meeting I was at, and follow-ups in plain words', async () => {
    const idNumber = idNumberAged(56, '716');
    const sip = await sipWithPlanEstablished(world, idNumber);
    const { client } = await personWithEId(server.database.db, server.client(), idNumber);

    const meetings = await client.get<PersonFeedbackMeetings>(`/api/person/sips/${sip.id}/feedback`);
    expect(meetings.body.meetings).toHaveLength(1);
    const meetingId = meetings.body.meetings[0]!.id;
    const link = await client.post<PersonFeedbackLink>(`/api/person/sips/${sip.id}/feedback`, { meetingId });
    expect(link.status).toBe(201);
    const token = new URL(link.body.url).pathname.split('/').pop()!;
    expect(new URL(link.body.url).pathname).toBe(`/feedback/${token}`);
    // The same survey the convener's cards lead to, open to anyone holding the link.
    expect((await server.client().get(`/api/feedback/${token}`)).status).toBe(200);

    const refused = await client.post<Problem>(`/api/person/sips/${sip.id}/feedback`, {
      // No meeting of this case, held or not.
      meetingId: '0190f0e0-0000-7000-8000-000000000000',
    });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 422,
      code: 'feedback_meeting_not_held',
    });

    const followedUp = await world.convener.post(`${sip.path}/follow-ups`, {
      heldOn: isoDay(0),
      items: [
        { kind: 'goal', key: 'g1', outcome: 'partly' },
        { kind: 'effort', key: 'e1', outcome: 'achieved' },
        { kind: 'effort', key: 'e2', outcome: 'not_achieved', note: 'Inget besök bokat.' },
      ],
      notes: 'Bättre än förut.',
      nextDate: isoDay(60),
    });
    expect(followedUp.status).toBe(200);
    const followUps = await client.get<PersonFollowUps>(`/api/person/sips/${sip.id}/follow-ups`);
    expect(followUps.body.nextFollowUpOn).toBe(isoDay(60));
    expect(followUps.body.followUps[0]).toMatchObject({
      heldOn: isoDay(0),
      notes: 'Bättre än förut.',
      items: [
        { kind: 'goal', text: 'Klara vardagen själv.', outcome: 'partly' },
        { kind: 'effort', text: 'Boendestöd två gånger i veckan.', outcome: 'achieved' },
        {
          kind: 'effort',
          text: 'Läkarbesök varannan månad.',
          outcome: 'not_achieved',
          note: 'Inget besök bokat.',
        },
      ],
    });
  });

  it('shows who opened my plan, with staff names only where the county lets', async () => {
    const idNumber = idNumberAged(57, '717');
    const sipId = await caseWithConsent(world, idNumber);
    const { client } = await personWithEId(server.database.db, server.client(), idNumber, 'Tove Testsson');
    await world.convener.get(`/api/sips/${sipId}`);

    const log = await client.get<PersonAccessLog>(`/api/person/sips/${sipId}/access-log`);
    expect(log.status).toBe(200);
    const staffEntry = log.body.entries.find(
      (entry) => entry.who.kind === 'staff' && entry.action === 'read_case',
    );
    expect(staffEntry?.who).toMatchObject({ kind: 'staff' });
    expect(staffEntry?.who.kind === 'staff' && staffEntry.who.staffName).toBeTruthy();

    await server.database.db.updateTable('countySettings').set({ personLogNamesStaff: false }).execute();
    const unnamed = await client.get<PersonAccessLog>(`/api/person/sips/${sipId}/access-log?limit=200`);
    const staffEntries = unnamed.body.entries.filter((entry) => entry.who.kind === 'staff');
    expect(staffEntries.length).toBeGreaterThan(0);
    expect(staffEntries.every((entry) => entry.who.kind === 'staff' && entry.who.staffName === null)).toBe(
      true,
    );
    // What I did myself is not what I asked about: only others' access is listed.
    expect(unnamed.body.entries.some((entry) => entry.who.kind === 'e_id')).toBe(false);
    // It is still logged, as every read is.
    const ownReads = await server.database.db
      .selectFrom('accessLog')
      .select('action')
      .where('sipId', '=', sipId)
      .where('actorKind', '=', 'e_id')
      .where('action', '=', 'person:readAccessLog')
      .execute();
    expect(ownReads.length).toBe(2);
    await server.database.db.updateTable('countySettings').set({ personLogNamesStaff: true }).execute();

    const tooMany = await client.get(`/api/person/sips/${sipId}/access-log?limit=5000`);
    expect(tooMany.status).toBe(400);
  });
});
