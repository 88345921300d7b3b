import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import type { DB } from '../../src/db/schema.js';
import { stockholmDate, TIME_ZONE } from '../../src/domain/time/stockholm.js';
import { jobHandlers, sweeps } from '../../src/server/jobs/registry.js';
import { followUpDue } from '../../src/server/jobs/reminders/followUpDue.js';
import { followUpOverdue } from '../../src/server/jobs/reminders/followUpOverdue.js';
import { meetingTomorrow } from '../../src/server/jobs/reminders/meetingTomorrow.js';
import { reminderMoment } from '../../src/server/jobs/reminders/reminder.js';
import { createJobRunner, type JobRunner } from '../../src/server/jobs/runner.js';
import type { SipDetail } from '../../src/shared/api/responses.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  isoDay,
  meetingFor,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Tomorrow in Stockholm at the given local hour, whatever the time and time zone the test runs in. */
function tomorrowAt(hour: number): string {
  const tomorrow = addDays(TZDate.tz(TIME_ZONE), 1);
  tomorrow.setHours(hour, 0, 0, 0);
  return new Date(tomorrow.getTime()).toISOString();
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

describe.each(testDatabaseKinds())('reminders on %s', (kind) => {
  let server: TestServer;
  let db: Kysely<DB>;
  let world: ProcessWorld;
  const opened: Database[] = [];
  let runners: JobRunner[];

  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.database.db;
    world = await createProcessWorld(db, () => server.client());
    // On PostgreSQL, two instances with their own pools, as two servers; PGlite serves one process only.
    const instances = [db];
    if (server.databaseUrl) {
      const second = await openDatabase({ databaseUrl: server.databaseUrl });
      opened.push(second);
      instances.push(second.db);
    }
    runners = instances.map((instanceDb) =>
      createJobRunner({
        db: instanceDb,
        handlers: jobHandlers,
        sweeps,
        intervalMs: 10,
        logger: pino({ level: 'silent' }),
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await server.close();
  });

  const runEverywhere = () => Promise.all(runners.map((runner) => runner.runRound()));

  async function notices() {
    return db
      .selectFrom('notices')
      .select(['kind', 'sipId', 'unitId', 'meetingId'])
      .where('kind', 'in', [
        'invitation_unanswered',
        'meeting_tomorrow',
        'follow_up_due',
        'follow_up_overdue',
        'consent_expiring',
      ])
      .orderBy('kind')
      .orderBy('unitId')
      .execute();
  }

  /** Moves a case's invitations back in time, as if sent that many days ago. */
  async function invitationsSent(sipId: string, days: number) {
    await sql`UPDATE invitations SET sent_at = now() - make_interval(days => ${days}) WHERE sip_id = ${sipId}`.execute(
      db,
    );
  }

  async function newSip(): Promise<{ path: string; id: string }> {
    const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody());
    return { path: `/api/sips/${created.body.id}`, id: created.body.id };
  }

  async function establishedPlan(followUpDate: string) {
    const sip = await sipWithMeetingHeld(world);
    await world.convener.put(`${sip.path}/plan`, {
      baseRevision: 0,
      content: { ...completePlan(world), followUpDate },
    });
    const established = await world.convener.post<SipDetail>(`${sip.path}/plan/establish`, {
      baseRevision: 1,
    });
    expect(established.body.phase).toBe('plan_established');
    return sip;
  }

  it('sends each due reminder exactly once, whichever instance runs it, and nothing not yet due', async () => {
    const { convener, schoolStaff } = world;
    const ifo = world.municipality.units.ifo!;
    const vc = world.region.units.vc!;
    const school = world.school.units.school!;

    // Due: a meeting tomorrow, primary care's invitation sent five days ago and unanswered (the school's accepted),
    // and a consent ending in ten days (the county reminds 14 days ahead).
    const soon = await newSip();
    await convener.post(`${soon.path}/consent`, { ...consentFor(world), validUntil: isoDay(10) });
    const meeting = await convener.post<{
      invitations: { id: string; unitId: string }[];
      meeting: { id: string };
    }>(`${soon.path}/meetings`, { ...meetingFor(world), startsAt: tomorrowAt(10), endsAt: tomorrowAt(11) });
    expect(meeting.status).toBe(200);
    const schoolInvitation = meeting.body.invitations.find((i) => i.unitId === school)!;
    await schoolStaff.post(`/api/invitations/${schoolInvitation.id}/accept`, { attendees: 'Kurator' });
    await invitationsSent(soon.id, 5);

    // Not due: a meeting a week ahead.
    const later = await newSip();
    // A consent that would end soon, replaced by one valid for a year: only the latest counts.
    await convener.post(`${later.path}/consent`, { ...consentFor(world), validUntil: isoDay(5) });
    expect((await convener.post(`${later.path}/consent`, consentFor(world))).status).toBe(200);
    await convener.post(`${later.path}/meetings`, meetingFor(world));
    // An invitation sent two days ago is not yet three days old.
    await invitationsSent(later.id, 2);

    // Follow-ups: one in three days (due), one past its date (overdue), one in a month (not yet).
    const followUpSoon = await establishedPlan(isoDay(3));
    const overdue = await establishedPlan(isoDay(30));
    const overdueDate = stockholmDate(daysAgo(2));
    await db.updateTable('sips').set({ nextFollowUpOn: overdueDate }).where('id', '=', overdue.id).execute();
    await establishedPlan(isoDay(30));

    await runEverywhere();
    await runEverywhere();

    const expected = [
      { kind: 'consent_expiring', sipId: soon.id, unitId: ifo, meetingId: null },
      { kind: 'follow_up_due', sipId: followUpSoon.id, unitId: ifo, meetingId: null },
      { kind: 'follow_up_overdue', sipId: overdue.id, unitId: ifo, meetingId: null },
      { kind: 'invitation_unanswered', sipId: soon.id, unitId: vc, meetingId: meeting.body.meeting.id },
      ...[ifo, vc, school].map((unitId) => ({
        kind: 'meeting_tomorrow',
        sipId: soon.id,
        unitId,
        meetingId: meeting.body.meeting.id,
      })),
    ];
    const sortByUnit = <T extends { kind: string; unitId: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.kind.localeCompare(b.kind) || a.unitId.localeCompare(b.unitId));
    expect(await notices()).toEqual(sortByUnit(expected));

    // The missed follow-up is a deviation for the convening unit's manager, raised once.
    const deviations = await db.selectFrom('deviations').select(['kind', 'sipId', 'unitId']).execute();
    expect(deviations).toEqual([{ kind: 'follow_up_overdue', sipId: overdue.id, unitId: ifo }]);

    // Every reminder job is done; none ran twice or failed.
    const jobs = await db.selectFrom('jobs').select(['kind', 'status', 'attempts']).execute();
    expect(jobs).toHaveLength(5);
    expect(jobs.every((job) => job.status === 'done' && job.attempts === 0)).toBe(true);

    // A meeting moved to another hour tomorrow is reminded of again; the rest is not repeated.
    const moved = await convener.put(`${soon.path}/meeting`, {
      startsAt: tomorrowAt(13),
      endsAt: tomorrowAt(14),
      form: 'in_person',
      place: 'Socialkontoret',
      reason: 'Krock',
    });
    expect(moved.status).toBe(200);
    await runEverywhere();
    const after = await notices();
    expect(after.filter((n) => n.kind === 'meeting_tomorrow')).toHaveLength(6);
    expect(after.filter((n) => n.kind !== 'meeting_tomorrow')).toHaveLength(4);
  });

  it('counts "tomorrow" in Stockholm calendar days, also the short day when summer time begins', async () => {
    // Summer time begins on 28 March 2027 at 01:00 UTC: that Sunday runs from 23:00 UTC on the Saturday to 22:00 UTC.
    const meetingAt = async (startsAt: string) => {
      const sip = await newSip();
      await world.convener.post(`${sip.path}/consent`, consentFor(world));
      const end = new Date(new Date(startsAt).getTime() + 60 * 60 * 1000).toISOString();
      const created = await world.convener.post<SipDetail>(`${sip.path}/meetings`, {
        ...meetingFor(world),
        startsAt,
        endsAt: end,
      });
      expect(created.status).toBe(200);
      return created.body.meeting!.id;
    };
    const saturdayEvening = await meetingAt('2027-03-27T22:30:00.000Z');
    const sundayFirstHour = await meetingAt('2027-03-27T23:00:00.000Z');
    const sundayLate = await meetingAt('2027-03-28T21:30:00.000Z');
    const mondayNight = await meetingAt('2027-03-28T22:30:00.000Z');
    const due = async (now: string) =>
      (await meetingTomorrow.findDue(db, await reminderMoment(db, new Date(now)), 'not_yet_enqueued'))
        .map((row) => row.subjectId)
        .filter((id) => [saturdayEvening, sundayFirstHour, sundayLate, mondayNight].includes(id))
        .sort();
    expect(await due('2027-03-27T12:00:00.000Z')).toEqual([sundayFirstHour, sundayLate].sort());
    // A quarter past midnight in Stockholm, still Saturday in UTC: Sunday is today, and Monday tomorrow.
    expect(await due('2027-03-27T23:15:00.000Z')).toEqual([mondayNight]);
  });

  it("finds a follow-up due from today through the county's days ahead, and overdue from yesterday back", async () => {
    const sip = await establishedPlan(isoDay(30));
    const moment = await reminderMoment(db, new Date());
    const day = (offset: number) =>
      new Date(Date.parse(`${moment.today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    async function foundOn(date: string) {
      await db.updateTable('sips').set({ nextFollowUpOn: date }).where('id', '=', sip.id).execute();
      const scope = { subjectId: sip.id };
      const due = await followUpDue.findDue(db, moment, scope);
      const overdue = await followUpOverdue.findDue(db, moment, scope);
      return { due: due.map((found) => found.key), overdue: overdue.map((found) => found.key) };
    }
    const ahead = moment.settings.followUpReminderDays;
    expect(await foundOn(day(ahead + 1))).toEqual({ due: [], overdue: [] });
    expect(await foundOn(day(ahead))).toEqual({ due: [`${sip.id}:${day(ahead)}`], overdue: [] });
    expect(await foundOn(day(0))).toEqual({ due: [`${sip.id}:${day(0)}`], overdue: [] });
    expect(await foundOn(day(-1))).toEqual({ due: [], overdue: [`${sip.id}:${day(-1)}`] });
    expect(await foundOn(day(-40))).toEqual({ due: [], overdue: [`${sip.id}:${day(-40)}`] });
  });

  it('does not remind of what was settled between the sweep and the job', async () => {
    const sip = await newSip();
    await world.convener.post(`${sip.path}/consent`, consentFor(world));
    const meeting = await world.convener.post<{ invitations: { id: string; unitId: string }[] }>(
      `${sip.path}/meetings`,
      meetingFor(world),
    );
    await invitationsSent(sip.id, 4);
    for (const sweep of sweeps) await sweep(db, new Date());
    const enqueued = await db
      .selectFrom('jobs')
      .select('key')
      .where('kind', '=', 'reminder.invitation_unanswered')
      .where('status', '=', 'pending')
      .execute();
    expect(enqueued.map((job) => job.key).sort()).toEqual(meeting.body.invitations.map((i) => i.id).sort());
    for (const [client, unitId] of [
      [world.primaryCare, world.region.units.vc],
      [world.schoolStaff, world.school.units.school],
    ] as const) {
      const invitation = meeting.body.invitations.find((i) => i.unitId === unitId)!;
      await client.post(`/api/invitations/${invitation.id}/decline`, { reason: 'Inte vår målgrupp.' });
    }
    await runEverywhere();
    const reminded = await db
      .selectFrom('notices')
      .select('id')
      .where('kind', '=', 'invitation_unanswered')
      .where('sipId', '=', sip.id)
      .execute();
    expect(reminded).toEqual([]);
    const settled = await db
      .selectFrom('jobs')
      .select('status')
      .where(
        'key',
        'in',
        meeting.body.invitations.map((i) => i.id),
      )
      .execute();
    expect(settled.map((job) => job.status)).toEqual(['done', 'done']);
  });
});
