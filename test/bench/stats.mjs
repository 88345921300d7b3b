/* global process, console, performance -- Node scripts */
// Statistics over many SIPs: the county dashboard and a unit dashboard (computeStatistics, every indicator, one
// year) against a plain GROUP BY over the same SIPs, each the median of repeated runs after a warm-up.
// BENCH_SIPS (default 1,000,000) and BENCH_SEED (default 1) choose the data, generated once and then reused;
// BENCH_DATABASE_URL uses that server instead of a throwaway one.
import { sql } from 'kysely';
import { computeStatistics } from '../../dist/server/statistics/compute.js';
import { openBenchDatabase } from './benchDatabase.mjs';

const sips = Number(process.env.BENCH_SIPS ?? 1_000_000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const WARM_UP = 2;
const RUNS = 10;

const bench = await openBenchDatabase({ sips, seed });
const { database } = bench;
try {
  const one = async (query) => (await sql.raw(query).execute(database.db)).rows[0];
  const coordinator = await one(
    `SELECT user_id AS "userId", unit_id AS "unitId" FROM user_units WHERE role = 'county_coordinator'
     ORDER BY user_id LIMIT 1`,
  );
  // The busiest unit: the dashboard with the most to count.
  const manager = await one(
    `SELECT uu.user_id AS "userId", uu.unit_id AS "unitId" FROM user_units uu
     JOIN (SELECT convening_unit_id, count(*) AS n FROM sips GROUP BY 1 ORDER BY 2 DESC LIMIT 1) busiest
       ON busiest.convening_unit_id = uu.unit_id
     WHERE uu.role = 'unit_manager' LIMIT 1`,
  );
  const actor = (row, role) => ({ userId: row.userId, unitId: row.unitId, role, clientAddress: '127.0.0.1' });
  const today = new Date();
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);

  const median = async (work) => {
    for (let run = 0; run < WARM_UP; run++) await work();
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
  };
  const countyMs = await median(() =>
    computeStatistics(database.db, actor(coordinator, 'county_coordinator'), { from, to, scope: 'county' }),
  );
  const unitMs = await median(() =>
    computeStatistics(database.db, actor(manager, 'unit_manager'), {
      from,
      to,
      scope: 'unit',
      scopeId: manager.unitId,
    }),
  );
  const baselineMs = await median(() =>
    sql`SELECT convening_unit_id, count(*) FROM sips GROUP BY 1`.execute(database.db),
  );
  const round = (value) => value.toFixed(1);
  console.log(
    `RESULT stats sips=${sips} county_ms=${round(countyMs)} unit_ms=${round(unitMs)} ` +
      `baseline_ms=${round(baselineMs)} county_vs_baseline=${(countyMs / baselineMs).toFixed(2)}`,
  );
} finally {
  await bench.close();
}
