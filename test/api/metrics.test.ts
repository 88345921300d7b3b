import { pino } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { enqueueJob } from '../../src/server/jobs/queue.js';
import { createJobRunner } from '../../src/server/jobs/runner.js';
import { listenMetrics, type MetricsListener } from '../../src/server/metrics/listener.js';
import { readConfig } from '../../src/server/config.js';
import { createTestDatabase, testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const silent = pino({ level: 'silent' });
const onLoopback = { host: '127.0.0.1', port: 0 };

async function scrape(listener: MetricsListener): Promise<string> {
  const response = await fetch(listener.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one sample, by its name and exact label set as Prometheus writes it; undefined when absent. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('metrics configuration', () => {
  it('is off unless METRICS_PORT is set, and listens on loopback unless told otherwise', () => {
    expect(readConfig({}).metrics).toBeNull();
    expect(readConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(readConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({
      host: '0.0.0.0',
      port: 9464,
    });
    expect(() => readConfig({ METRICS_PORT: 'nio' })).toThrow(/METRICS_PORT/);
    expect(() => readConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
  });
});

describe.each(testDatabaseKinds())('metrics on %s', (kind) => {
  let server: TestServer;
  let metrics: MetricsListener;
  beforeAll(async () => {
    server = await startTestServer(kind);
    metrics = await listenMetrics(onLoopback, server.database, silent);
  });
  afterAll(async () => {
    await metrics.close();
    await server.close();
  });

  it('counts requests and times them under the route pattern, with no ids or query words in the labels', async () => {
    const route = 'route="/api/sips/:id",method="GET",status_class="4xx"';
    const before = await scrape(metrics);
    const sipId = uuidv7();
    for (const query of ['', '?sok=Astrid%20Lindgren']) {
      const answer = await fetch(`${server.url}/api/sips/${sipId}${query}`);
      expect(answer.status).toBe(401);
    }
    const after = await scrape(metrics);
    const count = (text: string) => sample(text, 'samplan_http_request_duration_seconds_count', route) ?? 0;
    expect(count(after) - count(before)).toBe(2);
    const slowest = (text: string) =>
      sample(text, 'samplan_http_request_duration_seconds_bucket', `le="+Inf",${route}`) ?? 0;
    expect(slowest(after) - slowest(before)).toBe(2);
    const errors = (text: string) => sample(text, 'samplan_http_request_errors_total', route) ?? 0;
    expect(errors(after) - errors(before)).toBe(2);
    expect(after).not.toContain(sipId);
    expect(after).not.toContain('Astrid');
    // An address no route answers is counted as unmatched, not under the address.
    await fetch(`${server.url}/no/such/${sipId}`);
    const unmatched = await scrape(metrics);
    expect(
      sample(
        unmatched,
        'samplan_http_request_duration_seconds_count',
        'route="unmatched",method="GET",status_class="4xx"',
      ),
    ).toBeGreaterThan(0);
    expect(unmatched).not.toContain(sipId);
  });

  it('serves Node process metrics too, and nothing but /metrics', async () => {
    const text = await scrape(metrics);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'samplan_database_up', `kind="${kind}"`)).toBe(1);
    expect((await fetch(metrics.url.replace('/metrics', '/'))).status).toBe(404);
  });

  it('is never on the public listener, nor in the OpenAPI document', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openApi.paths).length).toBeGreaterThan(10);
    expect(Object.keys(openApi.paths).filter((path) => path.includes('metrics'))).toEqual([]);
  });

  it('reads the jobs due and the mail waiting from the database at each scrape', async () => {
    const { db } = server.database;
    const before = await scrape(metrics);
    const due = (text: string) => sample(text, 'samplan_queue_depth', 'queue="jobs"') ?? Number.NaN;
    const waiting = (text: string) =>
      sample(text, 'samplan_queue_depth', 'queue="mail_outbox"') ?? Number.NaN;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await enqueueJob(db, { kind: 'metrics-test', key: 'due-1', runAt: hourAgo, payload: {} });
    await enqueueJob(db, { kind: 'metrics-test', key: 'due-2', runAt: new Date(), payload: {} });
    await enqueueJob(db, {
      kind: 'metrics-test',
      key: 'later',
      runAt: new Date(Date.now() + 3_600_000),
      payload: {},
    });
    await db
      .insertInto('mailOutbox')
      .values(
        ['pending', 'pending', 'sent', 'failed'].map((status) => ({
          id: uuidv7(),
          noticeId: null,
          personNoticeId: null,
          toAddress: 'mottagare@example.se',
          subject: 'Ämne',
          textBody: 'Text',
          htmlBody: null,
          ical: null,
          sentAt: null,
          messageId: null,
          status: status as 'pending' | 'sent' | 'failed',
        })),
      )
      .execute();
    const after = await scrape(metrics);
    expect(due(after) - due(before)).toBe(2);
    expect(sample(after, 'samplan_queue_oldest_seconds', 'queue="jobs"')).toBeGreaterThanOrEqual(3599);
    expect(waiting(after) - waiting(before)).toBe(2);
    expect(sample(after, 'samplan_queue_oldest_seconds', 'queue="mail_outbox"')).toBeGreaterThanOrEqual(0);
    if (kind === 'postgresql') {
      expect(sample(after, 'samplan_database_pool_connections')).toBeGreaterThan(0);
      // The scrape's own statements may be waiting for a connection as the pool is read.
      expect(sample(after, 'samplan_database_pool_waiting')).toBeGreaterThanOrEqual(0);
    } else expect(after).not.toContain('samplan_database_pool_connections');
  });

  it('counts failed job runs by kind and outcome', async () => {
    const { db } = server.database;
    const outcome = (text: string, which: string) =>
      sample(text, 'samplan_job_failures_total', `kind="metrics-failing",outcome="${which}"`) ?? 0;
    const before = await scrape(metrics);
    await enqueueJob(db, { kind: 'metrics-failing', key: 'once', runAt: new Date(0), payload: {} });
    const runner = createJobRunner({
      db,
      handlers: new Map([['metrics-failing', () => Promise.reject(new Error('always fails'))]]),
      sweeps: [],
      intervalMs: 60_000,
      logger: silent,
      retry: { maxAttempts: 2, delaySeconds: () => 0 },
    });
    await runner.runRound();
    const after = await scrape(metrics);
    expect(outcome(after, 'retry') - outcome(before, 'retry')).toBe(1);
    expect(outcome(after, 'failed') - outcome(before, 'failed')).toBe(1);
  });

  it('times appends to the access log', async () => {
    const count = (text: string) => sample(text, 'samplan_access_log_append_duration_seconds_count') ?? 0;
    const before = await scrape(metrics);
    const { recordAccess } = await import('../../src/server/audit/accessLog.js');
    await recordAccess(server.database.db, {
      userId: uuidv7(),
      unitId: null,
      role: 'admin',
      action: 'read_case',
      personId: null,
      sipId: null,
      clientAddress: '127.0.0.1',
    });
    expect(count(await scrape(metrics)) - count(before)).toBe(1);
  });
});

describe.each(testDatabaseKinds())('a scrape while the %s database is down', (kind) => {
  let database: Database;
  let metrics: MetricsListener;
  beforeAll(async () => {
    if (kind === 'pglite') {
      database = (await createTestDatabase('pglite')).database;
      await database.close();
    } else database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/samplan' });
    metrics = await listenMetrics(onLoopback, database, silent);
  });
  afterAll(async () => {
    await metrics.close();
    if (kind === 'postgresql') await database.close();
  });

  it('still answers, says the database is down and leaves out what it could not read', async () => {
    const text = await scrape(metrics);
    expect(sample(text, 'samplan_database_up', `kind="${kind}"`)).toBe(0);
    expect(text).toContain('# TYPE samplan_queue_depth gauge');
    expect(text).not.toMatch(/^samplan_queue_depth\{/m);
    expect(text).not.toMatch(/^samplan_queue_oldest_seconds\{/m);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE samplan_http_request_duration_seconds histogram');
  });
});
