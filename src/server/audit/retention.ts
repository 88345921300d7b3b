import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { latestAnchor, lockChain } from './chain.js';
import { verifyChain } from './verifyAudit.js';

/** Ten years unless configured otherwise. */
export const defaultRetentionDays = 3650;

const dayMs = 24 * 60 * 60 * 1000;

/** AUDIT_RETENTION_DAYS from the environment: a positive whole number of days. */
export function readRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.AUDIT_RETENTION_DAYS?.trim();
  if (value === undefined || value === '') return defaultRetentionDays;
  const days = Number(value);
  if (!Number.isSafeInteger(days) || days <= 0) {
    throw new Error('AUDIT_RETENTION_DAYS must be a positive whole number of days');
  }
  return days;
}

/**
 * Removes the access log entries older than `retentionDays` before `now`, in one transaction, and records the
 * last removed entry as the anchor the rest of the chain is verified from. Returns how many were removed.
 *
 * Only a gap-free run from the start of the log is removed: an older entry written after a newer one (clocks of
 * two app instances disagreeing) waits for the next run. The part to remove is verified first and a broken one
 * is refused, because removing it would also remove the evidence.
 */
export async function pruneAccessLog(
  db: Kysely<DB>,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  if (!Number.isSafeInteger(retentionDays) || retentionDays <= 0) {
    throw new RangeError('The retention must be a positive whole number of days');
  }
  if (!db.isTransaction) return db.transaction().execute((trx) => pruneAccessLog(trx, retentionDays, now));
  // Days of 24 hours: over years of retention an hour of daylight saving time does not matter.
  const cut = new Date(now.getTime() - retentionDays * dayMs);
  // The only way past the append-only trigger; it lasts until this transaction ends.
  await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(db);
  // Writers must not chain to an entry while it is being removed.
  await lockChain(db);
  const start = await latestAnchor(db);
  const firstKept = await db
    .selectFrom('accessLog')
    .select('seq')
    .where('occurredAt', '>=', cut)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  let lastQuery = db.selectFrom('accessLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1);
  if (firstKept) lastQuery = lastQuery.where('seq', '<', firstKept.seq);
  const last = await lastQuery.executeTakeFirst();
  if (!last || Number(last.seq) <= start.seq) return 0;
  const lastSeq = Number(last.seq);

  const check = await verifyChain(db, start, lastSeq);
  if (!check.ok) throw new Error(`Refusing to prune the access log: ${check.message}`);

  // The trigger allows a delete only of entries an anchor already covers, so the anchor goes first.
  await db
    .insertInto('accessLogAnchor')
    .values({ seq: lastSeq, hash: last.hash, cut, prunedCount: check.entries })
    .execute();
  const deleted = await db.deleteFrom('accessLog').where('seq', '<=', lastSeq).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
