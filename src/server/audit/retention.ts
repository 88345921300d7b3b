import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chainsInLog, latestAnchor, lockChain } from './chain.js';
import { inTransaction } from '../../db/transaction.js';
import { verifyChain } from './verifyAudit.js';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Removes the access log entries older than `retentionDays` before `now` and records, per chain, the last removed
 * entry as the anchor the rest of that chain is verified from. Returns how many were removed.
 *
 * Each chain is pruned in a transaction of its own (or all in the caller's), holding only that chain's lock, so
 * appends go on in the other chains. Only a gap-free run from the start of a chain is removed: an older entry
 * after a newer one (a clock set back) waits for the next run. The part to remove is verified first and a broken
 * one is refused, because removing it would also remove the evidence; the chains before it stay pruned.
 */
export async function pruneAccessLog(
  db: Kysely<DB>,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  if (!Number.isSafeInteger(retentionDays) || retentionDays <= 0) {
    throw new RangeError('The retention must be a positive whole number of days');
  }
  // Days of 24 hours: over years of retention an hour of daylight saving time does not matter.
  const cut = new Date(now.getTime() - retentionDays * dayMs);
  let pruned = 0;
  for (const chain of await chainsInLog(db)) {
    pruned += await inTransaction(db, (trx) => pruneChain(trx, chain, cut));
  }
  return pruned;
}

async function pruneChain(trx: Kysely<DB>, chain: number, cut: Date): Promise<number> {
  // The only way past the append-only trigger; it lasts until this transaction ends.
  await sql`SET LOCAL samplan.audit_prune = 'on'`.execute(trx);
  // Writers must not chain to an entry while it is being removed.
  await lockChain(trx, chain);
  const start = await latestAnchor(trx, chain);
  const inChain = trx.selectFrom('accessLog').where('chain', '=', chain);
  const firstKept = await inChain
    .select('seq')
    .where('occurredAt', '>=', cut)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  let lastQuery = inChain.select(['seq', 'hash']).orderBy('seq', 'desc').limit(1);
  if (firstKept) lastQuery = lastQuery.where('seq', '<', firstKept.seq);
  const last = await lastQuery.executeTakeFirst();
  if (!last || Number(last.seq) <= start.seq) return 0;
  const lastSeq = Number(last.seq);

  const check = await verifyChain(trx, chain, start, lastSeq);
  if (!check.ok) throw new Error(`Refusing to prune chain ${chain} of the access log: ${check.message}`);

  // The trigger allows a delete only of entries an anchor of their chain already covers, so the anchor goes first.
  await trx
    .insertInto('accessLogAnchor')
    .values({ chain, seq: lastSeq, hash: last.hash, cut, prunedCount: check.entries })
    .execute();
  const deleted = await trx
    .deleteFrom('accessLog')
    .where('chain', '=', chain)
    .where('seq', '<=', lastSeq)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
