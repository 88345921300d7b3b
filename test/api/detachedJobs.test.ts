import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.js';
import type { DetachedJobHandler } from '../../src/server/jobs/job.js';
import { enqueueJob } from '../../src/server/jobs/queue.js';
import { leaseJob } from '../../src/server/jobs/runDetachedJob.js';
import { createJobRunner } from '../../src/server/jobs/runner.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const silent = pino({ level: 'silent' });
const leaseSeconds = 3600;

/** How a job's row stands: its status, and how many seconds from now it falls due. */
async function jobRow(db: Kysely<DB>) {
  const { rows } = await sql<{ status: string; dueIn: number; attempts: number }>`
    SELECT status, extract(epoch FROM run_at - now())::float8 AS due_in, attempts FROM jobs`.execute(db);
  return rows[0]!;
}

describe.each(testDatabaseKinds())('a job run outside a transaction, on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
  });
  afterAll(() => test.drop());
  beforeEach(async () => {
    await sql`DELETE FROM jobs`.execute(db);
    await enqueueJob(db, { kind: 'detached', key: 'k', runAt: new Date(Date.now() - 1000), payload: {} });
  });

  const runner = (handler: DetachedJobHandler) =>
    createJobRunner({
      db,
      handlers: new Map([['detached', handler]]),
      sweeps: [],
      intervalMs: 10,
      logger: silent,
    });

  it('runs once its lease is committed, free to use the database, and is then done', async () => {
    const seen: Awaited<ReturnType<typeof jobRow>>[] = [];
    // On PGlite's one connection, a query here would wait for ever if the claiming transaction were still open.
    const handler: DetachedJobHandler = {
      leaseSeconds,
      run: async (runDb) => void seen.push(await jobRow(runDb)),
    };
    expect(await runner(handler).runRound()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.status).toBe('pending');
    expect(seen[0]!.dueIn).toBeGreaterThan(leaseSeconds - 60);
    expect(await jobRow(db)).toMatchObject({ status: 'done', attempts: 0 });
  });

  it('is left alone during its lease, and run again by anyone once a lease runs out unfinished', async () => {
    // An instance leased the job and died before it finished.
    await db.transaction().execute(async (trx) => {
      const job = await trx
        .selectFrom('jobs')
        .select(['id', 'kind', 'key', 'payload', 'attempts'])
        .executeTakeFirstOrThrow();
      await leaseJob(trx, job, { leaseSeconds, run: () => Promise.resolve() });
    });
    let runs = 0;
    const handler: DetachedJobHandler = { leaseSeconds, run: () => Promise.resolve(void (runs += 1)) };
    expect(await runner(handler).runRound()).toBe(0);
    await sql`UPDATE jobs SET run_at = now() - interval '1 second'`.execute(db);
    expect(await runner(handler).runRound()).toBe(1);
    expect(runs).toBe(1);
    expect(await jobRow(db)).toMatchObject({ status: 'done' });
  });

  it('leaves the record to the instance holding the job when its own run outlasted the lease', async () => {
    const handler: DetachedJobHandler = {
      leaseSeconds,
      // Meanwhile the lease ran out and another instance leased the job anew.
      run: async (runDb) =>
        void (await sql`UPDATE jobs SET run_at = now() + interval '2 hours'`.execute(runDb)),
    };
    expect(await runner(handler).runRound()).toBe(1);
    const row = await jobRow(db);
    expect(row.status).toBe('pending');
    expect(row.dueIn).toBeGreaterThan(leaseSeconds);
  });
});
