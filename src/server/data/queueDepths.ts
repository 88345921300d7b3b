import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** How much work is waiting, and how long the oldest has waited (null: none). */
export interface QueueDepth {
  count: number;
  oldestSeconds: number | null;
}

/** Jobs due now and not yet run; read through the partial index on pending jobs (jobs_due), so cheap at any size. */
export async function jobsDue(db: Kysely<DB>): Promise<QueueDepth> {
  const row = await db
    .selectFrom('jobs')
    .select([
      sql<string>`count(*)`.as('count'),
      sql<number | null>`extract(epoch FROM now() - min(run_at))::float8`.as('oldestSeconds'),
    ])
    .where('status', '=', 'pending')
    .where('runAt', '<=', sql<Date>`now()`)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldestSeconds: row.oldestSeconds };
}

/**
 * Mail not yet handed to the SMTP server, including mail waiting for its next attempt; read through the partial
 * index on pending mail (mail_outbox_due).
 */
export async function outboxWaiting(db: Kysely<DB>): Promise<QueueDepth> {
  const row = await db
    .selectFrom('mailOutbox')
    .select([
      sql<string>`count(*)`.as('count'),
      sql<number | null>`extract(epoch FROM now() - min(created_at))::float8`.as('oldestSeconds'),
    ])
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldestSeconds: row.oldestSeconds };
}
