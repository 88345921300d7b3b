import { sql, type Kysely, type Selectable } from 'kysely';
import type { AccessLogTable, DB } from '../../db/schema.js';
import { entryHash, latestAnchor, type ChainedEntry, type ChainLink } from './chain.js';

export type AuditProblem = 'altered' | 'missing' | 'out_of_order';

export interface AuditFinding {
  firstBad: { seq: number; problem: AuditProblem };
  /** A sentence for the operator, in English like the rest of the command line. */
  message: string;
}

export type AccessLogVerification =
  /** `head` is the last entry verified (or the anchor when none remain): record it elsewhere to witness it. */
  | { ok: true; entries: number; head: ChainLink }
  /** `entries` counts the intact entries before the first bad one. */
  | ({ ok: false; entries: number } & AuditFinding);

// Pages keep memory flat however long the log: each is one indexed range read on the primary key.
const defaultPageSize = 5_000;

/**
 * Walks the whole access log in seq order from the latest pruning anchor (or the genesis), recomputing every
 * hash and checking every link, and reports the first entry that was altered, removed or moved.
 *
 * It reads one snapshot, so entries written or pruned meanwhile neither appear as gaps nor half-way.
 * (Removing entries from the end of the log cannot be seen from inside it: compare `head` with a copy kept
 * elsewhere for that.)
 */
export async function verifyAccessLog(
  db: Kysely<DB>,
  options: { pageSize?: number } = {},
): Promise<AccessLogVerification> {
  return inSnapshot(db, async (snapshot) =>
    verifyChain(snapshot, await latestAnchor(snapshot), null, options.pageSize ?? defaultPageSize),
  );
}

/** Verifies the entries after `start` up to and including `through` (or to the end when null). */
export async function verifyChain(
  db: Kysely<DB>,
  start: ChainLink,
  through: number | null,
  pageSize = defaultPageSize,
): Promise<AccessLogVerification> {
  let previous = start;
  let entries = 0;
  for (;;) {
    let query = db
      .selectFrom('accessLog')
      .selectAll()
      .where('seq', '>', previous.seq)
      .orderBy('seq')
      .limit(pageSize);
    if (through !== null) query = query.where('seq', '<=', through);
    const page = await query.execute();
    for (const row of page) {
      const entry = asChained(row);
      const finding = await check(db, entry, row.hash, previous, start);
      // Counted from the finding, which may name the entry before this one.
      if (finding) return { ok: false, entries: finding.firstBad.seq - start.seq - 1, ...finding };
      previous = { seq: entry.seq, hash: row.hash };
      entries += 1;
    }
    if (page.length < pageSize) return { ok: true, entries, head: previous };
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
  const intact = entryHash(entry) === storedHash;
  if (entry.prevHash === previous.hash) {
    return intact
      ? null
      : finding(entry.seq, 'altered', `Entry ${entry.seq} was altered: its content does not match its hash.`);
  }
  // The link to the entry before is broken. An entry moved here from elsewhere still matches its own hash
  // at the seq it was written with; find that seq from its neighbours there.
  const origin = await originalSeq(db, entry, storedHash, start);
  if (origin !== null && origin !== entry.seq) {
    return finding(
      entry.seq,
      'out_of_order',
      `Entry ${entry.seq} is out of order: it holds the entry written as ${origin}.`,
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
    const from = start.seq === 0 ? 'the start of the log' : `the pruning anchor at entry ${start.seq}`;
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

/**
 * The seq an entry was written with, if its neighbours from then can still be found: the entry whose hash it
 * links to, or the entry that links to its hash. Runs only once a link is broken, so the unindexed look-ups
 * cost nothing while the log is intact.
 */
async function originalSeq(
  db: Kysely<DB>,
  entry: ChainedEntry,
  storedHash: string,
  start: ChainLink,
): Promise<number | null> {
  const candidates = new Set<number>();
  if (entry.prevHash === start.hash) candidates.add(start.seq + 1);
  const before = await db
    .selectFrom('accessLog')
    .select('seq')
    .where('hash', '=', entry.prevHash)
    .limit(1)
    .executeTakeFirst();
  if (before) candidates.add(Number(before.seq) + 1);
  const after = await db
    .selectFrom('accessLog')
    .select('seq')
    .where('prevHash', '=', storedHash)
    .where('seq', '<>', entry.seq)
    .limit(1)
    .executeTakeFirst();
  if (after) candidates.add(Number(after.seq) - 1);
  for (const seq of candidates) if (entryHash({ ...entry, seq }) === storedHash) return seq;
  return null;
}

function finding(seq: number, problem: AuditProblem, message: string): AuditFinding {
  return { firstBad: { seq, problem }, message };
}

function asChained(row: Selectable<AccessLogTable>): ChainedEntry {
  return {
    seq: Number(row.seq),
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
  return db.transaction().execute(async (trx) => {
    // Set as the transaction's first statement, which both PostgreSQL and PGlite accept.
    await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(trx);
    return work(trx);
  });
}
