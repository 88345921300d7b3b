import { sql, type Kysely, type Selectable } from 'kysely';
import type { AccessLogTable, DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { chainsInLog, latestAnchor, type ChainedEntry, type ChainLink } from './chain.js';
import { entryHash, formatCoversActor } from './entryHash.js';

export type AuditProblem = 'altered' | 'missing' | 'out_of_order';

export interface AuditFinding {
  /** `seq` within the chain verified. */
  firstBad: { seq: number; problem: AuditProblem };
  /** A sentence for the operator, in English like the rest of the command line. */
  message: string;
}

export type ChainVerification =
  /** `head` is the chain's last entry verified (or its anchor when none remain): record it elsewhere. */
  | { chain: number; ok: true; entries: number; head: ChainLink }
  /** `entries` counts the intact entries before the first bad one. */
  | ({ chain: number; ok: false; entries: number } & AuditFinding);

export interface AccessLogVerification {
  /** Whether every chain is intact. */
  ok: boolean;
  /** The intact entries counted over all chains. */
  entries: number;
  chains: ChainVerification[];
}

// Pages keep memory flat however long the log: each is one indexed range read on the primary key.
const defaultPageSize = 5_000;

/**
 * Walks every chain of the access log in seq order from its latest pruning anchor (or the genesis), recomputing
 * every hash and checking every link, and reports per chain the first entry that was altered, removed or moved.
 *
 * It reads one snapshot, so entries written or pruned meanwhile neither appear as gaps nor half-way.
 * (Removing entries from the end of a chain, or a whole chain, cannot be seen from inside the log: compare the
 * heads with a copy kept elsewhere for that.)
 */
export async function verifyAccessLog(
  db: Kysely<DB>,
  options: { pageSize?: number } = {},
): Promise<AccessLogVerification> {
  return inSnapshot(db, async (snapshot) => {
    const chains: ChainVerification[] = [];
    for (const chain of await chainsInLog(snapshot)) {
      const start = await latestAnchor(snapshot, chain);
      chains.push(await verifyChain(snapshot, chain, start, null, options.pageSize ?? defaultPageSize));
    }
    return {
      ok: chains.every((chain) => chain.ok),
      entries: chains.reduce((sum, chain) => sum + chain.entries, 0),
      chains,
    };
  });
}

/** Verifies the entries of `chain` after `start` up to and including `through` (or to the end when null). */
export async function verifyChain(
  db: Kysely<DB>,
  chain: number,
  start: ChainLink,
  through: number | null,
  pageSize = defaultPageSize,
): Promise<ChainVerification> {
  let previous = start;
  let entries = 0;
  for (;;) {
    let query = db
      .selectFrom('accessLog')
      .selectAll()
      .where('chain', '=', chain)
      .where('seq', '>', previous.seq)
      .orderBy('seq')
      .limit(pageSize);
    if (through !== null) query = query.where('seq', '<=', through);
    const page = await query.execute();
    for (const row of page) {
      const entry = asChained(row);
      const finding = await check(db, entry, row.hash, previous, start);
      // Counted from the finding, which may name the entry before this one.
      if (finding) return { chain, ok: false, entries: finding.firstBad.seq - start.seq - 1, ...finding };
      previous = { seq: entry.seq, hash: row.hash };
      entries += 1;
    }
    if (page.length < pageSize) return { chain, ok: true, entries, head: previous };
  }
}

async function check(
  db: Kysely<DB>,
  entry: ChainedEntry,
  storedHash: string,
  previous: ChainLink,
  start: ChainLink,
): Promise<AuditFinding | null> {
  const expected = previous.seq + 1;
  if (entry.seq !== expected) {
    const which =
      entry.seq === expected + 1 ? `Entry ${expected} is` : `Entries ${expected}–${entry.seq - 1} are`;
    return finding(expected, 'missing', `${which} missing: the entry after ${previous.seq} is ${entry.seq}.`);
  }
  const intact = formatCoversActor(entry) && entryHash(entry) === storedHash;
  if (entry.prevHash === previous.hash) {
    return intact
      ? null
      : finding(entry.seq, 'altered', `Entry ${entry.seq} was altered: its content does not match its hash.`);
  }
  // The link to the entry before is broken. An entry moved here from elsewhere (this chain or another) still
  // matches its own hash at the place it was written; find that place from its neighbours there.
  const origin = await originalPlace(db, entry, storedHash, start);
  if (origin !== null && (origin.seq !== entry.seq || origin.chain !== entry.chain)) {
    const where = origin.chain === entry.chain ? `${origin.seq}` : `${origin.seq} of chain ${origin.chain}`;
    return finding(
      entry.seq,
      'out_of_order',
      `Entry ${entry.seq} is out of order: it holds the entry written as ${where}.`,
    );
  }
  if (intact) {
    // This entry is as written, so what precedes it is not what it was chained to.
    if (previous.seq > start.seq) {
      return finding(
        previous.seq,
        'altered',
        `Entry ${previous.seq} was rewritten: entry ${entry.seq}, itself intact, no longer links to it.`,
      );
    }
    const from = start.seq === 0 ? 'the start of the chain' : `the pruning anchor at entry ${start.seq}`;
    return finding(
      entry.seq,
      'missing',
      `Entry ${entry.seq} does not link to ${from}: entries before it were removed or rewritten.`,
    );
  }
  return finding(
    entry.seq,
    'altered',
    `Entry ${entry.seq} was altered: neither its content nor its link to entry ${previous.seq} match.`,
  );
}

interface Place {
  chain: number;
  seq: number;
}

/**
 * The chain and seq an entry was written at, if its neighbours from then can still be found: the entry whose
 * hash it links to, or the entry that links to its hash, in any chain. Runs only once a link is broken, so the
 * unindexed look-ups cost nothing while the log is intact.
 */
async function originalPlace(
  db: Kysely<DB>,
  entry: ChainedEntry,
  storedHash: string,
  start: ChainLink,
): Promise<Place | null> {
  const candidates: Place[] = [];
  if (entry.prevHash === start.hash) candidates.push({ chain: entry.chain, seq: start.seq + 1 });
  const before = await db
    .selectFrom('accessLog')
    .select(['chain', 'seq'])
    .where('hash', '=', entry.prevHash)
    .limit(1)
    .executeTakeFirst();
  if (before) candidates.push({ chain: before.chain, seq: Number(before.seq) + 1 });
  const after = await db
    .selectFrom('accessLog')
    .select(['chain', 'seq'])
    .where('prevHash', '=', storedHash)
    .where((eb) => eb.or([eb('chain', '<>', entry.chain), eb('seq', '<>', entry.seq)]))
    .limit(1)
    .executeTakeFirst();
  if (after) candidates.push({ chain: after.chain, seq: Number(after.seq) - 1 });
  return candidates.find((place) => entryHash({ ...entry, ...place }) === storedHash) ?? null;
}

function finding(seq: number, problem: AuditProblem, message: string): AuditFinding {
  return { firstBad: { seq, problem }, message };
}

function asChained(row: Selectable<AccessLogTable>): ChainedEntry {
  return {
    chain: row.chain,
    seq: Number(row.seq),
    format: row.format,
    actorKind: row.actorKind,
    id: row.id,
    occurredAt: row.occurredAt,
    userId: row.userId,
    unitId: row.unitId,
    role: row.role,
    action: row.action,
    personId: row.personId,
    sipId: row.sipId,
    clientAddress: row.clientAddress,
    reason: row.reason,
    prevHash: row.prevHash,
  };
}

/** Runs `work` on one consistent, read-only view of the database (or in the caller's transaction). */
async function inSnapshot<T>(db: Kysely<DB>, work: (snapshot: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return inTransaction(db, async (trx) => {
    // Set as the transaction's first statement, which both PostgreSQL and PGlite accept.
    await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(trx);
    return work(trx);
  });
}
