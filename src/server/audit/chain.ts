import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** What the first entry links to when nothing was ever pruned. */
export const genesisHash = '0'.repeat(64);

/**
 * The transaction-scoped advisory lock every chain writer (and the pruner) takes, so each new entry sees the one
 * before it. Any fixed number will do, as long as it differs from the migration lock in database.ts.
 */
const chainLockKey = 7_261_843;

// Part of every hashed text, so a future change of the serialisation can never be mistaken for this one.
const serialisationVersion = 'samplan.access_log.v1';

/** One access log entry exactly as stored and hashed. */
export interface ChainedEntry {
  seq: number;
  id: string;
  occurredAt: Date;
  userId: string;
  unitId: string | null;
  role: string;
  action: string;
  personId: string | null;
  sipId: string | null;
  clientAddress: string;
  reason: string;
  prevHash: string;
}

/** A point the chain continues from: the last entry, the latest pruning anchor, or the genesis (seq 0). */
export interface ChainLink {
  seq: number;
  hash: string;
}

/**
 * SHA-256 over a JSON array of the fields in a fixed order: JSON escaping makes the boundaries between fields
 * unambiguous, and a null stays distinct from an empty string.
 */
export function entryHash(entry: ChainedEntry): string {
  const canonical = JSON.stringify([
    serialisationVersion,
    String(entry.seq),
    entry.id,
    entry.occurredAt.toISOString(),
    entry.userId,
    entry.unitId,
    entry.role,
    entry.action,
    entry.personId,
    entry.sipId,
    entry.clientAddress,
    entry.reason,
    entry.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Waits until no other transaction is writing to the chain; released when the caller's transaction ends. */
export async function lockChain(db: Kysely<DB>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(chainLockKey)})`.execute(db);
}

/** The anchor verification and writing start from: the latest pruning anchor, or the genesis. */
export async function latestAnchor(db: Kysely<DB>): Promise<ChainLink> {
  const anchor = await db
    .selectFrom('accessLogAnchor')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : { seq: 0, hash: genesisHash };
}

/** The link a new entry follows: the last entry, or the anchor when everything was pruned. */
export async function chainHead(db: Kysely<DB>): Promise<ChainLink> {
  const last = await db
    .selectFrom('accessLog')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const anchor = await latestAnchor(db);
  return last && Number(last.seq) > anchor.seq ? { seq: Number(last.seq), hash: last.hash } : anchor;
}
