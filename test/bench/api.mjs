/* global process, console -- Node scripts */
// The API under load, on the path users take: Samplan (dist/, its own process, production settings) over a
// generated county on PostgreSQL, every request signed in, access-checked and logged, every step through the
// statistics trigger — against a bare fastify + pg server running the same case-read SQL in the same run.
// Virtual users are staff of the busiest units, each reading its own unit's cases. BENCH_SIPS (default 100,000)
// and BENCH_SEED (default 1) choose the data; BENCH_SECONDS (default 10) the measured time of each phase.
import { sql } from 'kysely';
import { openBenchDatabase } from './benchDatabase.mjs';
import { runLoad } from './load.mjs';
import { startBare, startSamplan } from './servers.mjs';
import { benchUsers, caseStep } from './benchUsers.mjs';

const sips = Number(process.env.BENCH_SIPS ?? 100_000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const measureMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const MOST_USERS = 50;

const bench = await openBenchDatabase({ sips, seed });
const db = bench.database.db;
const samplan = await startSamplan(bench.url);
const bare = await startBare(bench.url);
try {
  const users = await benchUsers(db, MOST_USERS);
  const { rows } = await sql`SELECT count(*)::int AS n FROM sips`.execute(db);
  const sipCount = rows[0].n;
  const pick = (list, n) => list[n % list.length];
  const caseRead = (user, n) => ({ path: `/api/sips/${pick(user.readable, n)}`, headers: user.headers });
  const bareRead = (user, n) => ({ path: `/case/${pick(user.readable, n)}` });

  const report = (name, result) => {
    console.log(
      `${name.padEnd(34)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} ms` +
        `  p95 ${result.p95.toFixed(1)} ms  errors ${result.errors}`,
    );
    if (result.errors > 0) console.log(`  first error: ${result.firstError}`);
    return result;
  };
  const load = (name, origin, count, next) =>
    runLoad({
      origin,
      users: count,
      measureMs,
      nextRequest: (index, n) => next(users[index % users.length], n),
    }).then((result) => report(name, result));

  const loggedBefore = await sql`SELECT count(*)::int AS n FROM access_log`.execute(db);
  const reads = {};
  for (const count of [10, MOST_USERS]) {
    reads[count] = {
      samplan: await load(`case read, Samplan, ${count} users`, samplan.origin, count, caseRead),
      bare: await load(`case read, bare server, ${count} users`, bare.origin, count, bareRead),
    };
  }
  const list = await load(`case list, Samplan, ${MOST_USERS} users`, samplan.origin, MOST_USERS, (user) => ({
    path: '/api/sips',
    headers: user.headers,
  }));
  // Saving the preparation and editing the need, alternately: steps of the case process with the statistics
  // trigger, the access checks and the access log, on many cases at once.
  const writes = await load(
    `case steps, Samplan, ${MOST_USERS} users`,
    samplan.origin,
    MOST_USERS,
    (user, n) => caseStep(user, n),
  );
  const loggedAfter = await sql`SELECT count(*)::int AS n FROM access_log`.execute(db);
  console.log(`access log: ${loggedAfter.rows[0].n - loggedBefore.rows[0].n} entries written during the run`);

  const most = reads[MOST_USERS];
  console.log(
    `RESULT api sips=${sipCount} read_ratio=${(most.samplan.perSecond / most.bare.perSecond).toFixed(2)} ` +
      `read_p95_ms=${most.samplan.p95.toFixed(1)} write_p95_ms=${writes.p95.toFixed(1)} ` +
      `logged_reads_per_s=${most.samplan.perSecond.toFixed(0)} list_per_s=${list.perSecond.toFixed(0)}`,
  );
} finally {
  await samplan.stop();
  await bare.stop();
  await bench.close();
}
