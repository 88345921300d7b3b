/* global process, console -- Node scripts */
// Case steps on a county-sized database, on the path users take: Samplan (dist/, its own process) over generated
// data on PostgreSQL, with the statistics trigger, the access checks and the access log all on, staff of the
// busiest units saving preparations and editing needs. The generator loads with the trigger off; every step
// measured here runs it. Two phases: one user stepping alone (what a step costs), and BENCH_USERS (default 10)
// stepping at once with no pause between steps (the same under load, where waiting for the two cores adds to it).
// BENCH_SIPS (default 1,000,000), BENCH_SEED (default 1) and BENCH_SECONDS (default 15 per phase) choose the rest.
import { sql } from 'kysely';
import { openBenchDatabase } from './benchDatabase.mjs';
import { benchUsers, caseStep } from './benchUsers.mjs';
import { runLoad } from './load.mjs';
import { startSamplan } from './servers.mjs';

const sips = Number(process.env.BENCH_SIPS ?? 1_000_000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const measureMs = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const userCount = Number(process.env.BENCH_USERS ?? 10);

const bench = await openBenchDatabase({ sips, seed });
const db = bench.database.db;
const samplan = await startSamplan(bench.url);
try {
  const users = await benchUsers(db, userCount);
  const { rows } = await sql`SELECT count(*)::int AS n FROM sips`.execute(db);
  const steps = async (count) => {
    const result = await runLoad({
      origin: samplan.origin,
      users: count,
      measureMs,
      nextRequest: (index, n) => caseStep(users[index % users.length], n),
    });
    console.log(
      `case steps, ${count} users: ${result.perSecond.toFixed(0)} steps/s, p50 ${result.p50.toFixed(1)} ms, ` +
        `p95 ${result.p95.toFixed(1)} ms, errors ${result.errors}` +
        (result.firstError ? ` (first: ${result.firstError})` : ''),
    );
    return result;
  };
  const alone = await steps(1);
  const loaded = await steps(userCount);
  console.log(
    `RESULT writes sips=${rows[0].n} step_p50_ms=${alone.p50.toFixed(1)} step_p95_ms=${alone.p95.toFixed(1)} ` +
      `loaded_users=${userCount} loaded_p95_ms=${loaded.p95.toFixed(1)} loaded_steps_per_s=${loaded.perSecond.toFixed(0)}`,
  );
} finally {
  await samplan.stop();
  await bench.close();
}
