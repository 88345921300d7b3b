import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import type { DB } from '../../src/db/schema.js';
import { readConfig } from '../../src/server/config.js';
import type { JobHandler, JobHandlers } from '../../src/server/jobs/job.js';
import { enqueueJob } from '../../src/server/jobs/queue.js';
import type { RetryPolicy } from '../../src/server/jobs/retry.js';
import { createJobRunner, type JobRunner } from '../../src/server/jobs/runner.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const silent = pino({ level: 'silent' });
const retryAtOnce: RetryPolicy = { maxAttempts: 3, delaySeconds: () => 0 };

/** Each run of a job leaves a row here, with no unique key, so a job run twice shows as two rows. */
async function createEffectsTable(db: Kysely<DB>) {
  await sql`CREATE TABLE IF NOT EXISTS job_effects (job_key text NOT NULL, instance text NOT NULL)`.execute(
    db,
  );
  await sql`TRUNCATE job_effects`.execute(db);
  await sql`DELETE FROM jobs`.execute(db);
}

const recordEffect =
  (instance: string): JobHandler =>
  async (trx, job) => {
    await sql`INSERT INTO job_effects (job_key, instance) VALUES (${`${job.kind}/${job.key}`}, ${instance})`.execute(
      trx,
    );
  };

async function effects(db: Kysely<DB>) {
  const { rows } = await sql<{
    jobKey: string;
    instance: string;
  }>`SELECT job_key, instance FROM job_effects`.execute(db);
  return rows;
}

async function enqueueDue(db: Kysely<DB>, kind: string, count: number, prefix = 'job') {
  for (let i = 0; i < count; i += 1)
    await enqueueJob(db, { kind, key: `${prefix}-${i}`, runAt: new Date(Date.now() - 1000), payload: { i } });
}

async function jobStatuses(db: Kysely<DB>) {
  return db.selectFrom('jobs').select(['key', 'status', 'attempts', 'lastError']).orderBy('key').execute();
}

describe('scheduler settings', () => {
  it('runs in every instance by default, every 30 seconds when idle; SCHEDULER=false turns it off', () => {
    expect(readConfig({})).toMatchObject({ scheduler: true, schedulerIntervalSeconds: 30 });
    expect(readConfig({ SCHEDULER: 'false', SCHEDULER_INTERVAL_SECONDS: '5' })).toMatchObject({
      scheduler: false,
      schedulerIntervalSeconds: 5,
    });
    expect(() => readConfig({ SCHEDULER_INTERVAL_SECONDS: '0' })).toThrow(
      'SCHEDULER_INTERVAL_SECONDS must be a positive whole number',
    );
  });
});

describe.each(testDatabaseKinds())('job queue and runner on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
  });
  afterAll(() => test.drop());
  beforeEach(() => createEffectsTable(db));

  function runner(handlers: JobHandlers) {
    return createJobRunner({ db, handlers, sweeps: [], intervalMs: 10, logger: silent, retry: retryAtOnce });
  }

  it('keeps one job for a kind and key enqueued twice, whatever the second request says', async () => {
    const runAt = new Date(Date.now() + 60_000);
    expect(await enqueueJob(db, { kind: 'effect', key: 'k', runAt, payload: { n: 1 } })).toBe(true);
    expect(await enqueueJob(db, { kind: 'effect', key: 'k', runAt: new Date(), payload: { n: 2 } })).toBe(
      false,
    );
    const jobs = await db.selectFrom('jobs').select(['payload', 'runAt']).execute();
    expect(jobs).toEqual([{ payload: { n: 1 }, runAt }]);
    // The same key under another kind is other work.
    expect(await enqueueJob(db, { kind: 'other', key: 'k', runAt, payload: {} })).toBe(true);
  });

  it('runs due jobs once, marks them done, and leaves future jobs and unknown kinds for later', async () => {
    await enqueueDue(db, 'effect', 3);
    await enqueueJob(db, {
      kind: 'effect',
      key: 'later',
      runAt: new Date(Date.now() + 3_600_000),
      payload: {},
    });
    await enqueueJob(db, { kind: 'unknown', key: 'x', runAt: new Date(0), payload: {} });
    const one = runner(new Map([['effect', recordEffect('a')]]));
    expect(await one.runRound()).toBe(3);
    expect(await one.runRound()).toBe(0);
    expect((await effects(db)).map((e) => e.jobKey).sort()).toEqual([
      'effect/job-0',
      'effect/job-1',
      'effect/job-2',
    ]);
    const statuses = await jobStatuses(db);
    expect(statuses.filter((job) => job.status === 'done').map((job) => job.key)).toEqual([
      'job-0',
      'job-1',
      'job-2',
    ]);
    expect(statuses.find((job) => job.key === 'later')?.status).toBe('pending');
    expect(statuses.find((job) => job.key === 'x')?.status).toBe('pending');
    const done = await db.selectFrom('jobs').select('doneAt').where('status', '=', 'done').execute();
    expect(done.every((job) => job.doneAt instanceof Date)).toBe(true);
  });

  it('undoes a failing run, retries it, and after the last try marks it failed, logging no payload', async () => {
    const subjectId = uuidv7();
    await enqueueJob(db, { kind: 'broken', key: 'job-0', runAt: new Date(0), payload: { subjectId } });
    const logged: string[] = [];
    const failing = createJobRunner({
      db,
      handlers: new Map([
        [
          'broken',
          async (trx, job) => {
            await recordEffect('a')(trx, job);
            throw new Error('the mail server refused');
          },
        ],
      ]),
      sweeps: [],
      intervalMs: 10,
      logger: pino({ level: 'info' }, { write: (line: string) => void logged.push(line) }),
      retry: retryAtOnce,
    });
    expect(await failing.runRound()).toBe(3);
    expect(await effects(db)).toEqual([]);
    expect(await jobStatuses(db)).toEqual([
      { key: 'job-0', status: 'failed', attempts: 3, lastError: 'Error: the mail server refused' },
    ]);
    expect(await failing.runRound()).toBe(0);
    const { id } = await db.selectFrom('jobs').select('id').executeTakeFirstOrThrow();
    const entries = logged.map((line) => JSON.parse(line) as { msg: string; jobId: string; kind: string });
    expect(entries.map((entry) => [entry.msg, entry.jobId, entry.kind])).toEqual([
      ['job failed; it will be retried', id, 'broken'],
      ['job failed; it will be retried', id, 'broken'],
      ['job failed for the last time', id, 'broken'],
    ]);
    expect(logged.join('')).not.toContain(subjectId);
  });

  it('waits the retry delay before the next try, and a job that fails once succeeds on the next', async () => {
    await enqueueDue(db, 'flaky', 1);
    const flaky: JobHandler = async (trx, job) => {
      await recordEffect('a')(trx, job);
      if (job.attempts === 0) throw new Error('not yet');
    };
    const patient = createJobRunner({
      db,
      handlers: new Map([['flaky', flaky]]),
      sweeps: [],
      intervalMs: 10,
      logger: silent,
      retry: { maxAttempts: 3, delaySeconds: () => 3600 },
    });
    expect(await patient.runRound()).toBe(1);
    expect(await jobStatuses(db)).toEqual([
      { key: 'job-0', status: 'pending', attempts: 1, lastError: 'Error: not yet' },
    ]);
    const retryAt = await db.selectFrom('jobs').select('runAt').executeTakeFirstOrThrow();
    expect(retryAt.runAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    expect(await patient.runRound()).toBe(0);
    await db
      .updateTable('jobs')
      .set({ runAt: new Date(0) })
      .execute();
    expect(await patient.runRound()).toBe(1);
    expect((await jobStatuses(db))[0]).toMatchObject({ status: 'done', attempts: 1 });
    expect(await effects(db)).toEqual([{ jobKey: 'flaky/job-0', instance: 'a' }]);
  });

  it('runs the sweeps first in each round, so what they enqueue runs in the same round', async () => {
    const sweeping = createJobRunner({
      db,
      handlers: new Map([['effect', recordEffect('a')]]),
      sweeps: [
        (sweepDb, now) =>
          enqueueDue(sweepDb, 'effect', 2, `swept-${now.getUTCFullYear()}`).then(() => undefined),
      ],
      intervalMs: 10,
      logger: silent,
    });
    expect(await sweeping.runRound()).toBe(2);
    expect(await sweeping.runRound()).toBe(0);
    expect(await effects(db)).toHaveLength(2);
  });

  it('runs on its own once started, and stops cleanly', async () => {
    const started = runner(new Map([['effect', recordEffect('a')]]));
    started.start();
    await enqueueDue(db, 'effect', 5);
    await vi.waitUntil(async () => (await effects(db)).length === 5, inTime);
    await started.stop();
    await enqueueDue(db, 'effect', 1, 'after-stop');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await effects(db)).toHaveLength(5);
  });
});

/** How long the runners get to reach what a test waits for, looked at every 20 ms. */
const inTime = { timeout: 30_000, interval: 20, message: 'condition not met in time' };

// PGlite serves one process, so a second instance — the whole point here — exists only on a PostgreSQL server.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances sharing one PostgreSQL', () => {
  let test: TestDatabase;
  const opened: Database[] = [];
  const runners: JobRunner[] = [];

  beforeAll(async () => {
    test = await createTestDatabase('postgresql');
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await Promise.all(opened.map((database) => database.close()));
    await test.drop();
  });
  beforeEach(() => createEffectsTable(test.database.db));

  /** Another server instance: its own connection pool to the same database. */
  async function instance(): Promise<Kysely<DB>> {
    const database = await openDatabase({ databaseUrl: test.databaseUrl! });
    opened.push(database);
    return database.db;
  }

  function runnerOn(db: Kysely<DB>, handlers: JobHandlers) {
    const created = createJobRunner({
      db,
      handlers,
      sweeps: [],
      intervalMs: 5,
      logger: silent,
      retry: retryAtOnce,
    });
    runners.push(created);
    return created;
  }

  it('runs each of 200 due jobs exactly once between two runners working at the same time', async () => {
    const db = test.database.db;
    await enqueueDue(db, 'effect', 200);
    const a = runnerOn(await instance(), new Map([['effect', recordEffect('a')]]));
    const b = runnerOn(await instance(), new Map([['effect', recordEffect('b')]]));
    const [ranA, ranB] = await Promise.all([a.runRound(), b.runRound()]);
    expect(ranA + ranB).toBe(200);
    const rows = await effects(db);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((row) => row.jobKey)).size).toBe(200);
    // Both did a share of the work: the lock skips, it does not serialise.
    expect(new Set(rows.map((row) => row.instance))).toEqual(new Set(['a', 'b']));
    const statuses = await jobStatuses(db);
    expect(statuses.every((job) => job.status === 'done' && job.attempts === 0)).toBe(true);
  });

  it('loses none and duplicates none when an instance stops mid-batch, restarts, crashes mid-job, and a job fails once', async () => {
    const db = test.database.db;
    await enqueueDue(db, 'effect', 200);
    await enqueueDue(db, 'flaky', 1);
    await enqueueDue(db, 'crash', 1);

    const slowEffect =
      (instance: string): JobHandler =>
      async (trx, job) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        await recordEffect(instance)(trx, job);
      };
    const flaky =
      (instance: string): JobHandler =>
      async (trx, job) => {
        await recordEffect(instance)(trx, job);
        if (job.attempts === 0) throw new Error('fails the first time');
      };
    // The first instance to take the crash job dies in the middle of it: its connection is cut by the server,
    // as when the process is killed. What it wrote must vanish and the job be run again elsewhere.
    let crashed = false;
    let crashingPid: number | undefined;
    const crash =
      (instance: string): JobHandler =>
      async (trx, job) => {
        await recordEffect(instance)(trx, job);
        if (crashed) return;
        crashed = true;
        const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
        crashingPid = rows[0]!.pid;
        await sql`SELECT pg_terminate_backend(${crashingPid})`.execute(db);
        await recordEffect(instance)(trx, job);
      };
    const handlersFor = (instance: string): JobHandlers =>
      new Map([
        ['effect', slowEffect(instance)],
        ['flaky', flaky(instance)],
        ['crash', crash(instance)],
      ]);

    const a = runnerOn(await instance(), handlersFor('a'));
    const b = runnerOn(await instance(), handlersFor('b'));
    a.start();
    b.start();
    await vi.waitUntil(async () => (await effects(db)).length >= 60, inTime);
    // A stops in the middle of its batch; it finishes the job in hand and takes no other.
    await a.stop();
    const afterStop = (await effects(db)).length;
    expect(afterStop).toBeLessThan(200);
    // ...and comes back as a new instance with a new pool, as after a restart.
    const restarted = runnerOn(await instance(), handlersFor('a2'));
    restarted.start();
    await vi.waitUntil(async () => {
      const pending = await db.selectFrom('jobs').select('id').where('status', '<>', 'done').execute();
      return pending.length === 0;
    }, inTime);
    await Promise.all([b.stop(), restarted.stop()]);

    expect(crashingPid).toBeDefined();
    const rows = await effects(db);
    const perKey = new Map<string, number>();
    for (const row of rows) perKey.set(row.jobKey, (perKey.get(row.jobKey) ?? 0) + 1);
    // Every job left its effect once: the failed try of the flaky job and the crashed run left nothing.
    expect(perKey.size).toBe(202);
    expect([...perKey.entries()].filter(([, count]) => count !== 1)).toEqual([]);
    const statuses = await db.selectFrom('jobs').select(['kind', 'status', 'attempts']).execute();
    expect(statuses).toHaveLength(202);
    expect(statuses.every((job) => job.status === 'done')).toBe(true);
    expect(statuses.find((job) => job.kind === 'flaky')?.attempts).toBe(1);
    // The crash is not a failure the job is blamed for: it simply rolled back.
    expect(statuses.find((job) => job.kind === 'crash')?.attempts).toBe(0);
  });
});
