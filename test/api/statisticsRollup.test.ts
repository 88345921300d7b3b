import { addDays, format } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import { generate } from '../../src/generate/generate.js';
import type { Actor } from '../../src/server/sips/actor.js';
import { computeStatistics } from '../../src/server/statistics/compute.js';
import { rebuildStatisticsFacts } from '../../src/server/statistics/rebuild.js';
import type { StatisticsFilter } from '../../src/shared/api/statistics.js';
import { luhn } from '../support/luhn.js';
import { createProcessWorld, isoDay, sipWithMeetingHeld } from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const asOf = new Date('2026-06-30T12:00:00Z');
const day = (offset: number) => format(addDays(asOf, offset), 'yyyy-MM-dd');

/** The rollups' rows that hold anything, in a fixed order. */
async function rollupRows(db: Kysely<DB>): Promise<{ indicators: unknown[]; pairs: unknown[] }> {
  const indicators = await sql`
    SELECT indicator, principal, day::text, category, value, n::int, hits::int FROM statistics_rollup
    WHERE n <> 0 OR hits <> 0 ORDER BY indicator, principal, day, category, value`.execute(db);
  const pairs = await sql`
    SELECT first_unit_id, second_unit_id, month::text, started::int, ended::int FROM statistics_pair_rollup
    WHERE started <> 0 OR ended <> 0 ORDER BY first_unit_id, second_unit_id, month`.execute(db);
  return { indicators: indicators.rows, pairs: pairs.rows };
}

/** A valid identity number for a made-up adult, one per index. */
function adult(index: number): string {
  const nine = `800101${String(100 + index).padStart(3, '0')}`;
  return `19${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}

describe.each(testDatabaseKinds())('statistics rollup on %s', (kind) => {
  let server: TestServer;
  let coordinator: Actor;
  const county = (from: string, to: string): StatisticsFilter => ({ from, to, scope: 'county' });
  const bothWays = async (filter: StatisticsFilter) => ({
    rollup: await computeStatistics(server.database.db, coordinator, filter),
    facts: await computeStatistics(server.database.db, coordinator, filter, { rollup: false }),
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.database.db;
    await generate(db, { sips: 1500, seed: 5, asOf });
    const { rows } = await sql<{ userId: string; unitId: string }>`
      SELECT user_id AS "userId", unit_id AS "unitId" FROM user_units WHERE role = 'county_coordinator' LIMIT 1`.execute(
      db,
    );
    coordinator = { ...rows[0]!, role: 'county_coordinator', clientAddress: '127.0.0.1' };
  });

  afterAll(async () => {
    await server.close();
  });

  it('gives the county report the facts give, for a year, a month, a day and periods with nothing in them', async () => {
    for (const [from, to] of [
      [day(-364), day(0)],
      [day(-60), day(-30)],
      [day(-100), day(-100)],
      [day(30), day(60)],
      ['2000-01-01', '2000-12-31'],
    ] as const) {
      const { rollup, facts } = await bothWays(county(from, to));
      expect(rollup, `${from}–${to}`).toEqual(facts);
    }
    // Not two empty reports: the year has SIPs in every principal, lead times and distributions.
    const { rollup } = await bothWays(county(day(-364), day(0)));
    const figure = (key: string) => rollup.indicators.find((result) => result.key === key)!;
    expect(figure('sipsInitiated').current.value).toBeGreaterThan(300);
    expect(figure('sipsActive').current.value).toBeGreaterThan(figure('sipsInitiated').current.value!);
    expect(figure('leadTimeNeedToPlan').current.p90).toBeGreaterThan(0);
    expect(figure('feedbackRespect').current.value).toBeGreaterThan(1);
    expect(figure('initiatorType').categories!.length).toBeGreaterThan(2);
    expect(rollup.collaboration).toHaveLength(10);
    expect(rollup.breakdown!.rows.map((row) => row.id)).toEqual(
      expect.arrayContaining(['municipality', 'region']),
    );
  });

  it('follows every step in the step’s own transaction, equal to a rebuild from the case tables', async () => {
    const db = server.database.db;
    const world = await createProcessWorld(db, () => server.client());
    // Concurrent steps on different SIPs move the same days' rows of the rollup at once.
    const held = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((index) => sipWithMeetingHeld(world, adult(index))),
    );
    await world.convener.post(`${held[0]!.path}/close`, { reason: 'moved', note: 'Flyttat' });
    const today = isoDay(0);
    const live = await bothWays(county(today, today));
    expect(live.rollup).toEqual(live.facts);
    expect(live.rollup.indicators.find((result) => result.key === 'sipsInitiated')!.current.value).toBe(6);

    // Feedback answers come and (should one ever be removed) go by their own trigger.
    const answers = await db
      .insertInto('feedbackAnswers')
      .values(
        [5, 3, 4].map((respect) => ({
          conveningUnitId: world.municipality.units.ifo!,
          organisationId: world.municipality.id,
          meetingMonth: `${today.slice(0, 7)}-01`,
          respect,
        })),
      )
      .returning('id')
      .execute();
    await db.deleteFrom('feedbackAnswers').where('id', '=', answers[0]!.id).execute();

    const before = await rollupRows(db);
    await rebuildStatisticsFacts(db);
    expect(await rollupRows(db)).toEqual(before);
  });
});
