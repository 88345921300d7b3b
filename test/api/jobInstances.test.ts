import { hostname } from 'node:os';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetachedJobHandler, JobHandler } from '../../src/server/jobs/job.js';
import { enqueueJob } from '../../src/server/jobs/queue.js';
import { createJobRunner } from '../../src/server/jobs/runner.js';
import { readConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

/** A logger whose lines the test reads, as parsed JSON. */
function readableLog(make: (destination: Writable) => pino.Logger) {
  const lines: Record<string, unknown>[] = [];
  const logger = make(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { logger, lines };
}

const due = () => new Date(Date.now() - 1000);
// A failed try waits an hour, so the round that failed it does not run it again.
const retryLater = { maxAttempts: 2, delaySeconds: () => 3600 };

describe('the name of an instance', () => {
  it('is INSTANCE_ID when set, else the host name and process id', () => {
    expect(readConfig({ INSTANCE_ID: ' pod-7 ' }).instance).toBe('pod-7');
    expect(readConfig({ INSTANCE_ID: '' }).instance).toBe(`${hostname()}:${process.pid}`);
    expect(readConfig({}).instance).toBe(`${hostname()}:${process.pid}`);
  });

  it('is on every line the server logs, beside the process id and host name', () => {
    const { logger, lines } = readableLog((destination) => createLogger('info', destination, 'pod-7'));
    logger.info('one');
    logger.child({ reqId: 'r' }).warn('two');
    expect(lines.map((line) => [line.instance, line.pid, line.hostname])).toEqual([
      ['pod-7', process.pid, hostname()],
      ['pod-7', process.pid, hostname()],
    ]);
  });
});

describe.each(testDatabaseKinds())('which instance ran each job, on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test.drop());
  beforeEach(async () => {
    await sql`DELETE FROM jobs`.execute(test.database.db);
  });

  const jobs = () =>
    test.database.db.selectFrom('jobs').select(['key', 'status', 'ranBy']).orderBy('key').execute();

  it('records the instance with the outcome, done or failed, and the runner’s log lines name it', async () => {
    const db = test.database.db;
    for (const key of ['a-done', 'b-fails', 'c-later'])
      await enqueueJob(db, {
        kind: 'work',
        key,
        runAt: key === 'c-later' ? new Date(Date.now() + 3_600_000) : due(),
        payload: {},
      });
    const work: JobHandler = (_trx, job) =>
      job.key === 'b-fails' ? Promise.reject(new Error('the handler failed')) : Promise.resolve();
    // A logger without the server's bindings: the runner names the instance on its lines itself.
    const { logger, lines } = readableLog((destination) => pino({ level: 'info' }, destination));
    const runner = createJobRunner({
      db,
      handlers: new Map([['work', work]]),
      sweeps: [],
      intervalMs: 10,
      logger,
      instance: 'pod-a',
      retry: retryLater,
    });
    await runner.runRound();
    expect(await jobs()).toEqual([
      { key: 'a-done', status: 'done', ranBy: 'pod-a' },
      { key: 'b-fails', status: 'pending', ranBy: 'pod-a' },
      { key: 'c-later', status: 'pending', ranBy: null },
    ]);
    // Its last try is run by another instance, which the row then names.
    await db.updateTable('jobs').set({ runAt: due() }).where('key', '=', 'b-fails').execute();
    const other = createJobRunner({
      db,
      handlers: new Map([['work', work]]),
      sweeps: [],
      intervalMs: 10,
      logger: createLogger('silent', undefined, 'pod-b'),
      instance: 'pod-b',
      retry: retryLater,
    });
    await other.runRound();
    expect((await jobs())[1]).toEqual({ key: 'b-fails', status: 'failed', ranBy: 'pod-b' });

    const runLines = lines.filter((line) => line.jobId !== undefined);
    expect(runLines.map((line) => [line.msg, line.instance])).toEqual([
      ['job done', 'pod-a'],
      ['job failed; it will be retried', 'pod-a'],
    ]);
  });

  it('records the instance of a job run outside the claiming transaction, under a lease, done or failed', async () => {
    const db = test.database.db;
    for (const key of ['a-done', 'b-fails'])
      await enqueueJob(db, { kind: 'detached', key, runAt: due(), payload: {} });
    const detached: DetachedJobHandler = {
      leaseSeconds: 60,
      run: (_db, job) =>
        job.key === 'b-fails' ? Promise.reject(new Error('the work failed')) : Promise.resolve(),
    };
    const runner = createJobRunner({
      db,
      handlers: new Map([['detached', detached]]),
      sweeps: [],
      intervalMs: 10,
      logger: pino({ level: 'silent' }),
      instance: 'pod-e',
      retry: retryLater,
    });
    expect(await runner.runRound()).toBe(2);
    expect(await jobs()).toEqual([
      { key: 'a-done', status: 'done', ranBy: 'pod-e' },
      { key: 'b-fails', status: 'pending', ranBy: 'pod-e' },
    ]);
  });

  it('keeps the server logger’s instance on the runner’s lines, named once', async () => {
    await enqueueJob(test.database.db, { kind: 'work', key: 'one', runAt: due(), payload: {} });
    const { logger, lines } = readableLog((destination) => createLogger('info', destination, 'pod-c'));
    const runner = createJobRunner({
      db: test.database.db,
      handlers: new Map([['work', () => Promise.resolve()]]),
      sweeps: [],
      intervalMs: 10,
      logger,
      instance: 'pod-c',
    });
    await runner.runRound();
    expect(lines.filter((line) => line.msg === 'job done').map((line) => line.instance)).toEqual(['pod-c']);
    expect(JSON.stringify(lines).match(/"instance"/g)).toHaveLength(lines.length);
  });

  it('lets the job in hand finish when stopped, records it done, and starts no other', async () => {
    const db = test.database.db;
    await enqueueJob(db, { kind: 'slow', key: 'in-hand', runAt: due(), payload: {} });
    await enqueueJob(db, { kind: 'slow', key: 'next', runAt: due(), payload: {} });
    let entered = false;
    let finish = () => {};
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const slow: JobHandler = async () => {
      entered = true;
      await finishing;
    };
    const runner = createJobRunner({
      db,
      handlers: new Map([['slow', slow]]),
      sweeps: [],
      intervalMs: 10,
      logger: pino({ level: 'silent' }),
      instance: 'pod-d',
    });
    runner.start();
    await vi.waitUntil(() => entered, { timeout: 30_000, interval: 5 });
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    // The job holds the stop: it is still in hand, not cut. (Its transaction holds PGlite's one connection, so
    // the test looks at the rows only afterwards.)
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(await jobs()).toEqual([
      { key: 'in-hand', status: 'done', ranBy: 'pod-d' },
      { key: 'next', status: 'pending', ranBy: null },
    ]);
  });
});
