import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { parseIdNumber } from '../../src/domain/identity/idNumber.js';
import { generate, GenerateRefused } from '../../src/generate/generate.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { testPassword } from '../support/factories.js';
import { allSipListPages } from '../support/sipList.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { serveTestDatabase } from '../support/testServer.js';

const SIPS = 300;
const asOf = new Date('2026-11-27T00:00:00+01:00');

/** Every table the generator writes, each in a fixed order, as plain rows. */
const generatedTables: [string, string][] = [
  ['organisations', 'id'],
  ['units', 'id'],
  ['users', 'id'],
  ['user_units', 'user_id, unit_id'],
  ['persons', 'id'],
  ['sips', 'id'],
  ['sip_participants', 'sip_id, unit_id, part'],
  ['consents', 'id'],
  ['consent_scope_units', 'consent_id, unit_id'],
  ['meetings', 'id'],
  ['invitations', 'id'],
  ['plans', 'sip_id'],
  ['plan_versions', 'sip_id, version'],
  ['follow_ups', 'id'],
  ['sip_events', 'id'],
  ['discharge_processes', 'id'],
  ['discharge_events', 'id'],
  ['feedback_answers', 'id'],
];

async function dump(database: Database): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const [table, order] of generatedTables) {
    const { rows } = await sql
      .raw<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY ${order}`)
      .execute(database.db);
    tables[table] = rows;
  }
  return tables;
}

describe.each(testDatabaseKinds())('samplan generate on %s', (kind) => {
  let first: TestDatabase;
  let second: TestDatabase;
  let otherSeed: TestDatabase;

  beforeAll(async () => {
    [first, second, otherSeed] = await Promise.all([
      createTestDatabase(kind),
      createTestDatabase(kind),
      createTestDatabase(kind),
    ]);
    await generate(first.database.db, { sips: SIPS, seed: 42, asOf, batchSize: 128 });
    await generate(second.database.db, { sips: SIPS, seed: 42, asOf });
    await generate(otherSeed.database.db, { sips: SIPS, seed: 43, asOf });
  });

  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop(), otherSeed?.drop()]);
  });

  it('gives identical rows for one seed, whatever the batch size, and other rows for another seed', async () => {
    const [a, b, c] = await Promise.all([
      dump(first.database),
      dump(second.database),
      dump(otherSeed.database),
    ]);
    expect(a.sips).toHaveLength(SIPS);
    expect(b).toEqual(a);
    expect(c.sips).toHaveLength(SIPS);
    expect(c.persons).not.toEqual(a.persons);
    expect(c.sips).not.toEqual(a.sips);
  });

  it('writes only valid personnummer that agree with the birth date and sex', async () => {
    const persons = await first.database.db
      .selectFrom('persons')
      .select(['idKind', 'idNumber', 'birthDate', 'sex'])
      .execute();
    expect(persons).toHaveLength(SIPS);
    for (const person of persons) {
      const parsed = parseIdNumber(person.idNumber, { today: asOf });
      expect(parsed).toEqual({
        kind: person.idKind,
        value: person.idNumber,
        birthDate: person.birthDate,
        sex: person.sex,
      });
    }
  });

  it('tells every case along the lifecycle: phases in order, in time, nothing after the reference time', async () => {
    const events = await first.database.db
      .selectFrom('sipEvents')
      .select(['sipId', 'type', 'fromPhase', 'toPhase', 'occurredAt'])
      .orderBy('sipId')
      .orderBy('occurredAt')
      .execute();
    const sips = await first.database.db.selectFrom('sips').select(['id', 'phase', 'createdAt']).execute();
    const bySip = new Map<string, typeof events>();
    for (const event of events) bySip.set(event.sipId, [...(bySip.get(event.sipId) ?? []), event]);
    for (const sip of sips) {
      const history = bySip.get(sip.id) ?? [];
      expect(history[0]).toMatchObject({ type: 'needIdentified', toPhase: 'need_identified' });
      expect(history[0]!.occurredAt).toEqual(sip.createdAt);
      let phase: string | null = null;
      for (const event of history) {
        expect(event.occurredAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
        if (event.toPhase === null) continue;
        expect(event.fromPhase).toBe(phase);
        phase = event.toPhase;
      }
      expect(phase).toBe(sip.phase);
    }
    const phases = new Set(sips.map((sip) => sip.phase));
    for (const phase of ['need_identified', 'preparation', 'invitation', 'plan_established', 'closed']) {
      expect(phases).toContain(phase);
    }
  });

  it('establishes no plan without consent given, and no invitation or meeting before consent', async () => {
    const { rows } = await sql<{ problem: string; count: string }>`
      SELECT 'plan without consent' AS problem, count(*) AS count FROM plans p
        WHERE NOT EXISTS (SELECT 1 FROM consents c WHERE c.sip_id = p.sip_id AND c.decision = 'given'
          AND c.recorded_at <= p.updated_at)
      UNION ALL SELECT 'invitation before consent', count(*) FROM invitations i
        WHERE NOT EXISTS (SELECT 1 FROM consents c WHERE c.sip_id = i.sip_id AND c.decision = 'given'
          AND c.recorded_at <= i.sent_at)
      UNION ALL SELECT 'meeting before invitation', count(*) FROM meetings m
        JOIN invitations i ON i.meeting_id = m.id WHERE m.starts_at <= i.sent_at
      UNION ALL SELECT 'held meeting without attendance', count(*) FROM invitations i
        JOIN meetings m ON m.id = i.meeting_id WHERE m.status = 'held' AND i.attendance IS NULL
      UNION ALL SELECT 'established plan without version', count(*) FROM sips s
        WHERE s.phase = 'plan_established' AND NOT EXISTS (SELECT 1 FROM plan_versions v WHERE v.sip_id = s.id)
      UNION ALL SELECT 'closed without reason', count(*) FROM sips
        WHERE (phase = 'closed') <> (closure_reason IS NOT NULL AND closed_at IS NOT NULL)`.execute(
      first.database.db,
    );
    expect(rows.map((row) => [row.problem, Number(row.count)])).toEqual(rows.map((row) => [row.problem, 0]));
  });

  it('makes absences without notice, follow-ups late and overdue, discharges mostly invited in time, and feedback', async () => {
    const { rows } = await sql<Record<string, string>>`
      SELECT
        (SELECT count(*) FROM invitations WHERE attendance = 'absent_without_notice') AS absent,
        (SELECT count(*) FROM invitations WHERE attendance = 'present') AS present,
        (SELECT count(*) FROM follow_ups f JOIN plans p ON p.sip_id = f.sip_id
          WHERE f.held_on > (p.content->>'followUpDate')::date) AS late_follow_ups,
        (SELECT count(*) FROM sips WHERE phase = 'plan_established' AND next_follow_up_on < ${asOf}::date)
          AS overdue,
        (SELECT count(*) FROM feedback_answers) AS feedback,
        (SELECT count(*) FROM statistics_sip_facts) - ${SIPS} AS facts_missing,
        (SELECT count(*) FROM discharge_processes WHERE invited_at < invitation_late_from) AS in_time,
        (SELECT count(*) FROM discharge_processes WHERE invited_at >= invitation_late_from) AS late,
        (SELECT count(*) FROM sips WHERE phase = 'closed' AND closure_reason <> 'goals_reached'
          AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.sip_id = sips.id)) AS ended_without_plan`.execute(
      first.database.db,
    );
    const counts = Object.fromEntries(Object.entries(rows[0]!).map(([key, value]) => [key, Number(value)]));
    for (const key of ['absent', 'lateFollowUps', 'overdue', 'late', 'endedWithoutPlan', 'feedback']) {
      expect(counts[key], key).toBeGreaterThan(0);
    }
    expect(counts.factsMissing).toBe(0);
    expect(counts.present).toBeGreaterThan(10 * counts.absent!);
    expect(counts.inTime).toBeGreaterThan(2 * counts.late!);
  });

  it('numbers cases on past 99,999 without repeating a number', async () => {
    await sql`SELECT setval('sip_number_seq', 99990)`.execute(otherSeed.database.db);
    await generate(otherSeed.database.db, { sips: 20, seed: 44, asOf, force: true });
    const { rows } = await sql<{ caseNumber: string }>`
      SELECT case_number FROM sips ORDER BY created_at DESC`.execute(otherSeed.database.db);
    expect(new Set(rows.map((row) => row.caseNumber)).size).toBe(SIPS + 20);
    expect(rows.map((row) => row.caseNumber)).toContainEqual(expect.stringMatching(/^SIP-\d{4}-100010$/));
  });

  it('refuses a database that already holds persons and SIPs unless forced', async () => {
    await expect(generate(first.database.db, { sips: 10, seed: 7, asOf })).rejects.toThrow(GenerateRefused);
    await expect(generate(first.database.db, { sips: 10, seed: 42, asOf, force: true })).rejects.toThrow(
      /Seed 42 has already been generated/,
    );
  });

  it('gives cases the product itself lists and opens for a generated unit’s staff member', async () => {
    const { database } = second;
    const convener = await database.db
      .selectFrom('sips')
      .innerJoin('userUnits', (join) =>
        join.onRef('userUnits.unitId', '=', 'sips.conveningUnitId').on('userUnits.role', '=', 'staff'),
      )
      .select(['userUnits.userId', 'sips.conveningUnitId'])
      .where('sips.phase', '=', 'plan_established')
      .executeTakeFirstOrThrow();
    const user = await database.db
      .updateTable('users')
      .set({ passwordHash: await hashPassword(testPassword) })
      .where('id', '=', convener.userId)
      .returning('username')
      .executeTakeFirstOrThrow();
    const server = await serveTestDatabase(second);
    try {
      const client = server.client();
      await client.login(user.username, testPassword);
      const pages = await allSipListPages(client, 'limit=100');
      const items = pages.flatMap((page) => page.items);
      expect(items).toHaveLength(pages[0]!.total);
      // A convener always sees its cases; a unit that takes part otherwise, as far as consent reaches.
      const parts = await database.db
        .selectFrom('sipParticipants')
        .select(['sipId', 'part'])
        .where('unitId', '=', convener.conveningUnitId)
        .execute();
      const listed = items.map((sip) => sip.id);
      const convened = parts.filter((row) => row.part === 'convener').map((row) => row.sipId);
      expect(listed).toEqual(expect.arrayContaining(convened));
      for (const id of listed) expect(parts.map((row) => row.sipId)).toContain(id);
      const established = items.find((sip) => sip.phase === 'plan_established')!;
      const detail = await client.get<{ plan: unknown }>(`/api/sips/${established.id}`);
      expect(detail.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
