import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ActorKind } from '../../shared/api/accessLogFields.js';

/** What the first entry of a chain links to when nothing of it was ever pruned. */
export const genesisHash = '0'.repeat(64);

/** One access log entry exactly as stored and hashed. */
export interface ChainedEntry {
  /** Which of the independent chains it belongs to; seq and prevHash are within that chain. */
  chain: number;
  seq: number;
  /**
   * The hash serialisation: 1 for the entries from before the chains (all in chain 0), 2 for staff since, 3 for
   * an actor who is not staff (it covers the actor kind).
   */
  format: 1 | 2 | 3;
  actorKind: ActorKind;
  id: string;
  occurredAt: Date;
  /** The staff user, or for an e-ID actor the e_id_identities id. */
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

/** A point a chain continues from: its last entry, its latest pruning anchor, or the genesis (seq 0). */
export interface ChainLink {
  seq: number;
  hash: string;
}

/**
 * Waits until no other transaction appends to the chain; released when the caller's transaction ends. The same
 * lock the append function in the database takes (migration 0015).
 */
export async function lockChain(db: Kysely<DB>, chain: number): Promise<void> {
  await sql`SELECT access_log_lock_chain(${chain}::int, true)`.execute(db);
}

/** Where verification of a chain starts: its latest pruning anchor, or the genesis. */
export async function latestAnchor(db: Kysely<DB>, chain: number): Promise<ChainLink> {
  const anchor = await db
    .selectFrom('accessLogAnchor')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : { seq: 0, hash: genesisHash };
}

/**
 * Every chain that holds entries or was pruned, in order. The entries' chains are found by skipping from one
 * chain to the next along the primary key, a few index look-ups however long the log.
 */
export async function chainsInLog(db: Kysely<DB>): Promise<number[]> {
  const { rows } = await sql<{ chain: number }>`
    WITH RECURSIVE chains (chain) AS (
      SELECT min(chain) FROM access_log
      UNION ALL
      SELECT (SELECT min(l.chain) FROM access_log l WHERE l.chain > chains.chain)
      FROM chains WHERE chains.chain IS NOT NULL
    )
    SELECT chain FROM chains WHERE chain IS NOT NULL
    UNION
    SELECT chain FROM access_log_anchor
    ORDER BY chain`.execute(db);
  return rows.map((row) => Number(row.chain));
}
