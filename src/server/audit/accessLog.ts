import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { chainHead, entryHash, lockChain, type ChainedEntry } from './chain.js';

/** One read or write of personal data: who, acting for which unit and in which role, did what, to whom, why. */
export interface AccessEntry {
  userId: string;
  unitId: string | null;
  role: string;
  /** e.g. 'read_case', 'read_plan', 'write_plan', 'search_person', 'reveal_identity', 'export_log'. */
  action: string;
  personId: string | null;
  sipId: string | null;
  /** The client's IP address as the server saw it. */
  clientAddress: string;
  reason?: string;
}

/**
 * Appends an entry to the hash-chained access log.
 *
 * Call it inside the transaction of the read or write it records, so the entry exists exactly when the access
 * took effect. It takes a lock that serialises every chain writer until that transaction ends, so call it as the
 * last statement before commit: the lock is then held only for the commit, and no lock taken after it can
 * deadlock against another writer. Given a plain Kysely it runs in a transaction of its own.
 */
export async function recordAccess(db: Kysely<DB>, entry: AccessEntry): Promise<void> {
  if (!db.isTransaction) {
    // The advisory lock is transaction-scoped: outside a transaction it would be gone before the insert.
    await db.transaction().execute((trx) => recordAccess(trx, entry));
    return;
  }
  const fields = storable(entry);
  await lockChain(db);
  const head = await chainHead(db);
  const chained: ChainedEntry = {
    seq: head.seq + 1,
    id: uuidv7(),
    // Taken under the lock, so time follows seq on one clock; JS dates have millisecond precision, which the
    // column keeps exactly, so the hash recomputed from the stored value matches.
    occurredAt: new Date(),
    ...fields,
    prevHash: head.hash,
  };
  await db
    .insertInto('accessLog')
    .values({ ...chained, hash: entryHash(chained) })
    .execute();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The entry's fields exactly as the database will give them back, so the hash made now matches the one
 * recomputed later: uuids in PostgreSQL's lower-case form, text as valid UTF-8 without NUL (which text refuses).
 */
function storable(entry: AccessEntry): Omit<ChainedEntry, 'seq' | 'id' | 'occurredAt' | 'prevHash'> {
  return {
    userId: uuid('userId', entry.userId),
    unitId: entry.unitId === null ? null : uuid('unitId', entry.unitId),
    role: text(entry.role),
    action: text(entry.action),
    personId: entry.personId === null ? null : uuid('personId', entry.personId),
    sipId: entry.sipId === null ? null : uuid('sipId', entry.sipId),
    clientAddress: text(entry.clientAddress),
    reason: text(entry.reason ?? ''),
  };
}

function uuid(field: string, value: string): string {
  const lower = value.toLowerCase();
  if (!uuidPattern.test(lower)) throw new TypeError(`Access log: ${field} is not a uuid`);
  return lower;
}

function text(value: string): string {
  // A round trip through UTF-8 replaces lone surrogates the way the driver would when sending them.
  return Buffer.from(value.replaceAll('\u0000', '\uFFFD'), 'utf8').toString('utf8');
}
