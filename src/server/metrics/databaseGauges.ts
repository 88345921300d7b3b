import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../../db/database.js';
import { databaseAnswers } from '../data/databaseAnswers.js';
import { jobsDue, outboxWaiting, type QueueDepth } from '../data/queueDepths.js';

// A scrape answers within Prometheus' usual timeout even when the database hangs; the reading is then left out.
const readingTimeoutMs = 2000;

function withinTimeout<T>(reading: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the database did not answer in time')), readingTimeoutMs);
  });
  return Promise.race([reading, timeout]).finally(() => clearTimeout(timer));
}

type Queue = 'jobs' | 'mail_outbox';

/**
 * A queue's length and the age of its oldest item, read when scraped, one statement per queue serving both gauges.
 * A queue the database could not answer for is left out of that scrape (rather than the scrape failing, or an old
 * number standing as if current); samplan_database_up says why.
 */
function queueGauges(registry: Registry, queues: Record<Queue, () => Promise<QueueDepth>>): void {
  let reading: Promise<Map<Queue, QueueDepth>> | null = null;
  // The two gauges are collected in the same scrape; the readings are forgotten once it has answered.
  const readOnce = () => {
    reading ??= Promise.all(
      (Object.keys(queues) as Queue[]).map(async (queue) => {
        const depth = await withinTimeout(queues[queue]()).catch(() => null);
        return [queue, depth] as const;
      }),
    )
      .then((read) => new Map(read.filter((entry): entry is [Queue, QueueDepth] => entry[1] !== null)))
      .finally(() => setImmediate(() => (reading = null)));
    return reading;
  };
  const gauge = (name: string, help: string, value: (depth: QueueDepth) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['queue'] as const,
      registers: [registry],
      async collect() {
        const depths = await readOnce();
        this.reset();
        for (const [queue, depth] of depths) this.set({ queue }, value(depth));
      },
    });
  gauge(
    'samplan_queue_depth',
    'Work waiting: jobs due and not yet run (queue="jobs"), messages not yet sent (queue="mail_outbox")',
    (depth) => depth.count,
  );
  gauge(
    'samplan_queue_oldest_seconds',
    "How long the queue's oldest item has waited (0 when none)",
    (depth) => depth.oldestSeconds ?? 0,
  );
}

/** The gauges read from the database at scrape time, with cheap statements only. */
export function registerDatabaseGauges(registry: Registry, database: Database): void {
  new Gauge({
    name: 'samplan_database_up',
    help: 'Whether the database answered this scrape (1) or not (0); then the queue gauges are left out',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      const up = await withinTimeout(databaseAnswers(database.db)).then(
        () => 1,
        () => 0,
      );
      this.set({ kind: database.kind }, up);
    },
  });
  queueGauges(registry, { jobs: () => jobsDue(database.db), mail_outbox: () => outboxWaiting(database.db) });
  const pool = database.pool;
  // PGlite runs one statement at a time behind a mutex of its own, which it does not expose; its waits show in
  // the request latency instead.
  if (!pool) return;
  const poolGauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value());
      },
    });
  poolGauge(
    'samplan_database_pool_connections',
    'Connections the pool holds to PostgreSQL',
    () => pool.totalCount,
  );
  poolGauge('samplan_database_pool_idle', 'Connections in the pool not in use', () => pool.idleCount);
  poolGauge(
    'samplan_database_pool_waiting',
    'Queries waiting for a connection from the pool',
    () => pool.waitingCount,
  );
}
