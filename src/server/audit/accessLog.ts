import { sql, type Kysely, type RawBuilder } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { prepared } from '../../db/preparedStatements.js';
import type { ActorKind } from '../../shared/api/accessLogFields.js';
import { accessLogAppendDuration } from '../metrics/instruments.js';

/** One read or write of personal data: who, acting for which unit and in which role, did what, to whom, why. */
export interface AccessEntry {
  /** A staff user unless said; for `e_id`, `userId` is the e_id_identities id and `role` the relation. */
  actorKind?: ActorKind;
  userId: string;
  unitId: string | null;
  role: string;
  /**
   * What was done, as stored: the app logs only the closed list of `AccessAction` (through `logAccess`); the log
   * itself keeps whatever text an entry was written with, so older entries still verify.
   */
  action: string;
  personId: string | null;
  sipId: string | null;
  /** The client's IP address as the server saw it. */
  clientAddress: string;
  reason?: string;
}

/**
 * Appends an entry to the hash-chained access log, in one statement: the database picks a free chain, takes its
 * lock, and chains, times and hashes the entry itself (access_log_append_by, migrations 0015 and 0024).
 *
 * Call it inside the transaction of the read or write it records, so the entry exists exactly when the access
 * took effect. The chain's lock lasts until that transaction ends, so call it last, just before the commit; more
 * entries in the same transaction go to the same chain. Given a plain Kysely the statement is a transaction of
 * its own.
 */
export async function recordAccess(db: Kysely<DB>, entry: AccessEntry): Promise<void> {
  const appended = accessLogAppendDuration.startTimer();
  await sql`${sql.raw(prepared('access_log_append'))} SELECT ${appendAccess(entry)}`
    .execute(db)
    .finally(appended);
}

/**
 * Appends several entries in one statement, in the order given: one round trip for a FHIR search page's people
 * instead of one each. Each entry goes through the same append function as `recordAccess`; the first takes a
 * chain's lock and the rest stay on that chain (the function remembers it for the transaction), each reading the
 * head the one before wrote, so the chain is the one single appends would have made. Same rules as
 * `recordAccess`: inside the transaction of the access, last.
 */
export async function recordAccesses(db: Kysely<DB>, entries: readonly AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(value: (entry: AccessEntry) => T): T[] => entries.map(value);
  const appended = accessLogAppendDuration.startTimer();
  // A volatile function in the select list runs after the sort, so the entries are appended in ordinality order.
  await sql`${sql.raw(prepared('access_log_append_many'))}
    SELECT access_log_append_by(e.actor_kind, e.id, e.user_id, e.unit_id, e.role, e.action, e.person_id, e.sip_id,
      e.client_address, e.reason)
    FROM unnest(
      ${column((entry) => entry.actorKind ?? 'staff')}::text[],
      ${column(() => uuidv7())}::uuid[],
      ${column((entry) => uuid('userId', entry.userId))}::uuid[],
      ${column((entry) => nullableUuid('unitId', entry.unitId))}::uuid[],
      ${column((entry) => text(entry.role))}::text[],
      ${column((entry) => text(entry.action))}::text[],
      ${column((entry) => nullableUuid('personId', entry.personId))}::uuid[],
      ${column((entry) => nullableUuid('sipId', entry.sipId))}::uuid[],
      ${column((entry) => text(entry.clientAddress))}::text[],
      ${column((entry) => text(entry.reason ?? ''))}::text[]
    ) WITH ORDINALITY AS e (actor_kind, id, user_id, unit_id, role, action, person_id, sip_id, client_address,
      reason, n)
    ORDER BY e.n`
    .execute(db)
    .finally(appended);
}

/** What an entry may take from the statement that records it, rather than know beforehand. */
export type AccessEntryInStatement = Omit<AccessEntry, 'action' | 'personId'> & {
  action: string | RawBuilder<string>;
  personId: string | null | RawBuilder<string>;
};

/**
 * The append as an expression, for a read that records itself in the same statement (the case read): the entry
 * exists exactly when the statement's rows were read, and the read costs one round trip to the database.
 */
export function appendAccess(entry: AccessEntryInStatement): RawBuilder<unknown> {
  const action = typeof entry.action === 'string' ? text(entry.action) : entry.action;
  const personId =
    entry.personId === null || typeof entry.personId === 'string'
      ? nullableUuid('personId', entry.personId)
      : entry.personId;
  const fields = sql`
    ${uuidv7()}::uuid, ${uuid('userId', entry.userId)}::uuid, ${nullableUuid('unitId', entry.unitId)}::uuid,
    ${text(entry.role)}, ${action}, ${personId}::uuid, ${nullableUuid('sipId', entry.sipId)}::uuid,
    ${text(entry.clientAddress)}, ${text(entry.reason ?? '')}
  `;
  // Staff keep the function of the same text as before, so their prepared statement is the one it was.
  return (entry.actorKind ?? 'staff') === 'staff'
    ? sql`access_log_append(${fields})`
    : sql`access_log_append_by(${entry.actorKind}::text, ${fields})`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Checked here so that a caller's mistake is named, instead of failing as a cast inside the database.
function uuid(field: string, value: string): string {
  if (!uuidPattern.test(value)) throw new TypeError(`Access log: ${field} is not a uuid`);
  return value;
}

function nullableUuid(field: string, value: string | null): string | null {
  return value === null ? null : uuid(field, value);
}

/** Text PostgreSQL accepts: it refuses NUL, which a reason typed by a user may contain. */
function text(value: string): string {
  return value.replaceAll('\u0000', '\uFFFD');
}
