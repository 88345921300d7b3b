import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { generate } from '../../src/generate/generate.js';
import { rebuildStatisticsFacts } from '../../src/server/statistics/rebuild.js';
import { luhn } from '../support/luhn.js';
import {
  consentFor,
  createProcessWorld,
  meetingFor,
  newSipBody,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const asOf = new Date('2026-09-30T12:00:00Z');

/** Every row the statistics keep, in a fixed order: the five facts tables and the two rollups. */
async function statisticsState(db: Kysely<DB>) {
  const rows = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows;
  return {
    sips: await rows(sql`SELECT * FROM statistics_sip_facts ORDER BY sip_id`),
    meetings: await rows(sql`SELECT * FROM statistics_meeting_facts ORDER BY meeting_id`),
    attendance: await rows(sql`SELECT * FROM statistics_attendance_facts ORDER BY invitation_id`),
    followUps: await rows(sql`SELECT * FROM statistics_follow_up_facts ORDER BY follow_up_id`),
    participation: await rows(sql`SELECT * FROM statistics_participation_facts ORDER BY sip_id`),
    rollup: await rows(sql`
      SELECT indicator, principal, day::text, category, value, n::int, hits::int FROM statistics_rollup
      WHERE n <> 0 OR hits <> 0 ORDER BY indicator, principal, day, category, value`),
    pairs: await rows(sql`
      SELECT first_unit_id, second_unit_id, month::text, started::int, ended::int FROM statistics_pair_rollup
      WHERE started <> 0 OR ended <> 0 ORDER BY first_unit_id, second_unit_id, month`),
  };
}

async function countOf(db: Kysely<DB>, indicator: string): Promise<number> {
  const { rows } = await sql<{ n: string | null }>`
    SELECT sum(n) AS n FROM statistics_rollup WHERE indicator = ${indicator}`.execute(db);
  return Number(rows[0]!.n ?? 0);
}

/** SIP ids of generated cases matching a condition on the sips row, a fixed sample. */
async function sample(db: Kysely<DB>, condition: ReturnType<typeof sql>, limit: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT s.id FROM sips s WHERE ${condition} ORDER BY s.id LIMIT ${limit}`.execute(db);
  return rows.map((row) => row.id);
}

/** An event on each SIP, as a step appends one last; `together` writes them in one statement. */
async function appendEvents(db: Kysely<DB>, sipIds: string[], type: string, together: boolean) {
  const insert = (ids: string[]) =>
    sql`
    INSERT INTO sip_events (id, sip_id, type, actor_user_id, actor_unit_id)
    SELECT gen_random_uuid(), s.id, ${type}, s.created_by, s.convening_unit_id
    FROM sips s WHERE s.id = ANY (${ids}::uuid[])`.execute(db);
  if (together) await insert(sipIds);
  else for (const id of sipIds) await insert([id]);
}

describe.each(testDatabaseKinds())('statistics kept per SIP on %s', (kind) => {
  let server: TestServer;
  let db: Kysely<DB>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.database.db;
    await generate(db, { sips: 800, seed: 11, asOf });
  });

  afterAll(async () => {
    await server.close();
  });

  it('gives after many steps, one SIP or many at a time, what a full recomputation gives', async () => {
    const closedBefore = await countOf(db, 'sipsClosed');
    const absentBefore = await countOf(db, 'absencesWithoutNotice');

    // A hundred open cases closed, their events written by one statement: one refresh of many SIPs.
    const open = await sample(db, sql`s.phase NOT IN ('closed', 'consent_declined')`, 100);
    await sql`UPDATE sips SET phase = 'closed', closure_reason = 'goals_reached', closed_at = now()
      WHERE id = ANY (${open}::uuid[])`.execute(db);
    await appendEvents(db, open, 'close', true);

    // Obliged parties recorded absent without notice, one SIP per statement.
    const held = await sample(
      db,
      sql`EXISTS (SELECT 1 FROM invitations i WHERE i.sip_id = s.id AND i.attendance = 'present' AND i.obliged)`,
      40,
    );
    await sql`UPDATE invitations SET attendance = 'absent_without_notice'
      WHERE sip_id = ANY (${held}::uuid[]) AND attendance = 'present' AND obliged`.execute(db);
    await appendEvents(db, held, 'recordAttendance', false);

    // A follow-up on established plans, and the next date moved.
    const established = await sample(db, sql`s.phase = 'plan_established'`, 40);
    await sql`
      INSERT INTO follow_ups (id, sip_id, plan_version, held_on, items, next_date, recorded_by, recorded_unit_id)
      SELECT gen_random_uuid(), s.id, 1, DATE '2026-09-29', '[]', DATE '2027-03-01', s.created_by,
        s.convening_unit_id
      FROM sips s WHERE s.id = ANY (${established}::uuid[])`.execute(db);
    await sql`UPDATE sips SET next_follow_up_on = DATE '2027-03-01'
      WHERE id = ANY (${established}::uuid[])`.execute(db);
    await appendEvents(db, established, 'followUp', false);

    // Meetings held without Samplan and entered afterwards: half of them before the SIP's first invitation in
    // Samplan, which then is not its first, the other half where they were.
    const entered = await sample(
      db,
      sql`EXISTS (SELECT 1 FROM meetings m WHERE m.sip_id = s.id AND m.status = 'held')`,
      60,
    );
    await sql`UPDATE meetings SET entered_afterwards = true,
        starts_at = starts_at - CASE WHEN md5(sip_id::text) < '8' THEN interval '60 days' ELSE interval '0' END,
        ends_at = ends_at - CASE WHEN md5(sip_id::text) < '8' THEN interval '60 days' ELSE interval '0' END
      WHERE sip_id = ANY (${entered}::uuid[]) AND status = 'held'`.execute(db);
    await appendEvents(db, entered, 'enterHeldMeeting', false);

    // Plans written with two templates (the second renamed since), and some first versions with no template.
    const templates = [uuidv7(), uuidv7()];
    await sql`INSERT INTO plan_templates (id) SELECT unnest(${templates}::uuid[])`.execute(db);
    await sql`INSERT INTO plan_template_versions (template_id, version, content)
      VALUES (${templates[0]}, 1, '{"name": "Barn och unga"}'), (${templates[1]}, 1, '{"name": "Äldre"}'),
        (${templates[1]}, 2, '{"name": "Äldre och utskrivning"}')`.execute(db);
    const planned = await sample(db, sql`EXISTS (SELECT 1 FROM plan_versions v WHERE v.sip_id = s.id)`, 90);
    await sql`UPDATE plan_versions v SET template_id = t.template_id, template_version = t.version
      FROM (SELECT sip_id, ord FROM unnest(${planned}::uuid[]) WITH ORDINALITY AS p (sip_id, ord)) p,
        LATERAL (SELECT * FROM plan_template_versions tv
          WHERE tv.template_id = (${templates}::uuid[])[1 + p.ord % 2] ORDER BY tv.version LIMIT 1) t
      WHERE v.sip_id = p.sip_id AND p.ord % 3 <> 0`.execute(db);
    await appendEvents(db, planned.slice(0, 45), 'establishPlan', true);
    await appendEvents(db, planned.slice(45), 'establishPlan', false);

    // Steps that change nothing counted: the refresh of an unchanged SIP moves nothing.
    await appendEvents(db, open.slice(0, 20), 'close', true);

    expect(await countOf(db, 'sipsClosed')).toBe(closedBefore + open.length);
    expect(await countOf(db, 'absencesWithoutNotice')).toBeGreaterThanOrEqual(absentBefore + held.length);

    const incremental = await statisticsState(db);
    await rebuildStatisticsFacts(db);
    const recomputed = await statisticsState(db);
    expect(incremental.sips.length).toBe(800);
    expect(incremental.followUps.length).toBeGreaterThan(40);
    expect(await countOf(db, 'meetingsEnteredAfterwards')).toBe(entered.length);
    const beforeInvitation = await sql<{ n: string }>`
      SELECT count(*) AS n FROM statistics_sip_facts f
      WHERE f.meeting_entered_afterwards AND f.invitation_on IS NULL
        AND EXISTS (SELECT 1 FROM sip_events e WHERE e.sip_id = f.sip_id AND e.type = 'invite')`.execute(db);
    expect(Number(beforeInvitation.rows[0]!.n)).toBeGreaterThan(0);
    const templated = await sql<{ category: string }>`
      SELECT DISTINCT category FROM statistics_rollup WHERE indicator = 'plansByTemplate' AND n <> 0`.execute(
      db,
    );
    expect(templated.rows.map((row) => row.category)).toEqual(expect.arrayContaining([...templates, 'none']));
    expect(incremental).toEqual(recomputed);
  });

  it('refreshes from empty tables, one SIP at a time, to what a full recomputation gives', async () => {
    const recomputed = await statisticsState(db);
    await sql`DELETE FROM statistics_participation_facts`.execute(db);
    await sql`DELETE FROM statistics_follow_up_facts`.execute(db);
    await sql`DELETE FROM statistics_attendance_facts`.execute(db);
    await sql`DELETE FROM statistics_meeting_facts`.execute(db);
    await sql`DELETE FROM statistics_sip_facts`.execute(db);
    await sql`DELETE FROM statistics_rollup WHERE indicator NOT LIKE 'feedback%'`.execute(db);
    await sql`DELETE FROM statistics_pair_rollup`.execute(db);
    const { rows } = await sql<{ id: string }>`SELECT id FROM sips ORDER BY md5(id::text)`.execute(db);
    for (const { id } of rows) await sql`SELECT refresh_statistics_facts(ARRAY[${id}]::uuid[])`.execute(db);
    expect(await statisticsState(db)).toEqual(recomputed);
  });
});

/** A valid identity number for a made-up adult, one per index. */
function adult(index: number): string {
  const nine = `700101${String(200 + index).padStart(3, '0')}`;
  return `19${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}

// PGlite serves one connection, so only a server can run steps side by side.
describe.each(testDatabaseKinds().filter((kind) => kind === 'postgresql'))(
  'concurrent steps on %s',
  (kind) => {
    let server: TestServer;
    let world: ProcessWorld;

    beforeAll(async () => {
      server = await startTestServer(kind);
      world = await createProcessWorld(server.database.db, () => server.client());
    });

    afterAll(async () => {
      await server.close();
    });

    it('runs many writers on different SIPs at once without a deadlock or a 500, and counts every step', async () => {
      const cases = 24;
      const statuses: number[] = [];
      const all = async <T>(work: (index: number) => Promise<{ status: number; body: T }>) => {
        const answers = await Promise.all(Array.from({ length: cases }, (_, index) => work(index)));
        statuses.push(...answers.map((answer) => answer.status));
        return answers.map((answer) => answer.body);
      };
      // Every step on the same day moves the same rows of the rollup, from as many transactions as the pool has.
      const created = await all((index) =>
        world.convener.post<{ id: string }>('/api/sips', newSipBody(adult(index))),
      );
      const paths = created.map((sip) => `/api/sips/${sip.id}`);
      await all((index) => world.convener.post(`${paths[index]}/consent`, consentFor(world)));
      await all((index) =>
        world.convener.put(`${paths[index]}/preparation`, {
          whatMatters: 'Att få bo kvar hemma.',
          questions: '',
          childView: '',
          meetingForm: 'in_person',
          place: '',
        }),
      );
      await all((index) => world.convener.post(`${paths[index]}/meetings`, meetingFor(world)));
      await all((index) =>
        index % 2 === 0
          ? world.convener.post(`${paths[index]}/close`, { reason: 'moved', note: '' })
          : world.convener.get(paths[index]!),
      );
      expect(statuses.filter((status) => status >= 300)).toEqual([]);

      const db = server.database.db;
      expect(await countOf(db, 'sipsInitiated')).toBe(cases);
      expect(await countOf(db, 'sipsClosed')).toBe(cases / 2);
      const live = await statisticsState(db);
      await rebuildStatisticsFacts(db);
      expect(live).toEqual(await statisticsState(db));
    });
  },
);
