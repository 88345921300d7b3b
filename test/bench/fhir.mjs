/* global process, console -- Node scripts */
// The FHIR API under load against the JSON API, in one run, on the same data and the same live path: Samplan
// (dist/, its own process, production settings) over a generated county on PostgreSQL, every request signed in
// with a staff session, access-checked and logged. Virtual users are staff of the busiest units, as in api.mjs.
// A FHIR client reads a person's plans as `CarePlan?patient=…` (one SIP's plan, the newest version, as a journal
// system fetches them); the ratio is its throughput to that of the JSON API's case read of the same SIPs. A page of
// 20 CarePlans (`CarePlan?_count=20`, logging each person on it) is measured beside it. BENCH_SIPS (default
// 100,000), BENCH_SEED (default 1) and BENCH_SECONDS (default 10) as in api.mjs; BENCH_USERS (default 50) the
// virtual users, fewer for a small county whose smaller units have no open case.
import { sql } from 'kysely';
import { openBenchDatabase } from './benchDatabase.mjs';
import { runLoad } from './load.mjs';
import { startSamplan } from './servers.mjs';
import { benchUsers } from './benchUsers.mjs';

const sips = Number(process.env.BENCH_SIPS ?? 100_000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const measureMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const USERS = Number(process.env.BENCH_USERS ?? 50);

const bench = await openBenchDatabase({ sips, seed });
const db = bench.database.db;
const samplan = await startSamplan(bench.url);
try {
  const users = await benchUsers(db, USERS, { writes: false });
  // The person of each SIP a user reads, so the FHIR search asks for the same SIPs the case read does.
  const { rows } = await sql`SELECT id, person_id AS "personId" FROM sips WHERE id = ANY (${users.flatMap(
    (user) => user.readable,
  )}::uuid[])`.execute(db);
  const personOf = new Map(rows.map((row) => [row.id, row.personId]));
  const pick = (list, n) => list[n % list.length];
  const fhirHeaders = (user) => ({ ...user.headers, accept: 'application/fhir+json' });

  const report = (name, result) => {
    console.log(
      `${name.padEnd(40)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} ms` +
        `  p95 ${result.p95.toFixed(1)} ms  errors ${result.errors}`,
    );
    if (result.errors > 0) console.log(`  first error: ${result.firstError}`);
    return result;
  };
  const load = (name, next) =>
    runLoad({
      origin: samplan.origin,
      users: USERS,
      measureMs,
      nextRequest: (index, n) => next(users[index % users.length], n),
    }).then((result) => report(name, result));

  const read = await load(`case read, JSON API, ${USERS} users`, (user, n) => ({
    path: `/api/sips/${pick(user.readable, n)}`,
    headers: user.headers,
  }));
  const search = await load(`CarePlan?patient=, FHIR, ${USERS} users`, (user, n) => ({
    path: `/fhir/R4/CarePlan?patient=${personOf.get(pick(user.readable, n))}`,
    headers: fhirHeaders(user),
  }));
  const page = await load(`CarePlan?_count=20, FHIR, ${USERS} users`, (user) => ({
    path: '/fhir/R4/CarePlan?_count=20',
    headers: fhirHeaders(user),
  }));

  console.log(
    `RESULT fhir sips=${sips} search_ratio=${(search.perSecond / read.perSecond).toFixed(2)} ` +
      `search_per_s=${search.perSecond.toFixed(0)} search_p50_ms=${search.p50.toFixed(1)} ` +
      `read_per_s=${read.perSecond.toFixed(0)} read_p50_ms=${read.p50.toFixed(1)} ` +
      `page_per_s=${page.perSecond.toFixed(0)} page_p50_ms=${page.p50.toFixed(1)}`,
  );
} finally {
  await samplan.stop();
  await bench.close();
}
