/* global process, console -- Node scripts */
// Case steps on a county-sized database, on the path users take: Samplan (dist/, its own process) over generated
// data on PostgreSQL, with the statistics trigger, the access checks and the access log all on, staff of the
// busiest units saving preparations and editing needs at once. The generator loads with the trigger off; every
// step measured here runs it. BENCH_SIPS (default 1,000,000), BENCH_SEED (default 1), BENCH_SECONDS (default 20)
// and BENCH_USERS (default 10) choose the data, the measured time and how many write at once.
import { sql } from 'kysely';
import { openBenchDatabase } from './benchDatabase.mjs';
import { benchUsers, caseStep } from './benchUsers.mjs';
import { runLoad } from './load.mjs';
import { startSamplan } from './servers.mjs';

const sips = Number(process.env.BENCH_SIPS ?? 1_000_000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const measureMs = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const userCount = Number(process.env.BENCH_USERS ?? 10);

const bench = await openBenchDatabase({ sips, seed });
const db = bench.database.db;
const samplan = await startSamplan(bench.url);
try {
  const users = await benchUsers(db, userCount);
  const { rows } = await sql`SELECT count(*)::int AS n FROM sips`.execute(db);
  const steps = await runLoad({
    origin: samplan.origin,
    users: userCount,
    measureMs,
    nextRequest: (index, n) => caseStep(users[index % users.length], n),
  });
  console.log(
    `case steps, ${userCount} users: ${steps.perSecond.toFixed(0)} steps/s, errors ${steps.errors}` +
      (steps.firstError ? ` (first: ${steps.firstError})` : ''),
  );
  console.log(
    `RESULT writes sips=${rows[0].n} step_p50_ms=${steps.p50.toFixed(1)} step_p95_ms=${steps.p95.toFixed(1)}`,
  );
} finally {
  await samplan.stop();
  await bench.close();
}
