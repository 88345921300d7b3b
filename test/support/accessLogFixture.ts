import { sql, type Kysely, type Selectable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import type { AccessLogTable, DB } from '../../src/db/schema.js';
import { recordAccess, type AccessEntry } from '../../src/server/audit/accessLog.js';
import { genesisHash, lockChain, type ChainedEntry } from '../../src/server/audit/chain.js';
import { entryHash } from '../../src/server/audit/entryHash.js';
import {
  verifyAccessLog,
  type AccessLogVerification,
  type ChainVerification,
} from '../../src/server/audit/verifyAudit.js';
import { createOrganisation, createUser } from './factories.js';

const actions = ['read_case', 'read_plan', 'write_plan', 'search_person', 'reveal_identity', 'export_log'];

export interface LogActor {
  userId: string;
  unitId: string;
}

export async function createLogActor(db: Kysely<DB>): Promise<LogActor> {
  const organisation = await createOrganisation(db, 'region', ['psychiatry']);
  const unitId = organisation.units.psychiatry!;
  const user = await createUser(db, [unitId]);
  return { userId: user.id, unitId };
}

let identities = 0;

/** Someone who has signed in with e-ID, as the sign-in records them; gives their e_id_identities id. */
export async function createIdentity(db: Kysely<DB>, name: string): Promise<string> {
  identities += 1;
  const id = uuidv7();
  const idNumber = `19800101${String(identities).padStart(4, '0')}`;
  await db.insertInto('eIdIdentities').values({ id, idNumber, name }).execute();
  return id;
}

/** A varied entry, so nulls, reasons and addresses of every kind pass through the hash. */
export function access(actor: LogActor, i: number): AccessEntry {
  return {
    userId: actor.userId,
    unitId: i % 4 === 3 ? null : actor.unitId,
    role: 'staff',
    action: actions[i % actions.length]!,
    personId: i % 3 === 0 ? null : uuidv7(),
    sipId: i % 2 === 0 ? uuidv7() : null,
    clientAddress: i % 2 === 0 ? `10.0.0.${i % 250}` : `2001:db8::${i.toString(16)}`,
    reason: i % 5 === 0 ? `Uppföljning "${i}", enligt 2 kap. 6 § OSL` : undefined,
  };
}

/**
 * Runs `work` in a transaction (the caller's, or a new one) whose appends start at `chain`: the append function
 * stays on the chain a transaction already holds, and this names it before the first append. With nobody else
 * appending, that chain is free and the entries land in it.
 */
export async function inChain<T>(
  db: Kysely<DB>,
  chain: number,
  work: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  const run = async (trx: Kysely<DB>) => {
    await sql`SELECT set_config('samplan.access_log_chain', ${String(chain)}, true)`.execute(trx);
    return work(trx);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** Entries `from`…`from + count - 1`, each in its own transaction, one after another in each of `chains`. */
export async function writeEntries(
  db: Kysely<DB>,
  actor: LogActor,
  from: number,
  count: number,
  chains: number[],
): Promise<void> {
  for (let i = from; i < from + count; i += 1) {
    for (const chain of chains) await inChain(db, chain, (trx) => recordAccess(trx, access(actor, i)));
  }
}

export function entryAt(db: Kysely<DB>, chain: number, seq: number) {
  return db
    .selectFrom('accessLog')
    .selectAll()
    .where('chain', '=', chain)
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
}

const rollback = new Error('roll back');

/** Runs `work` in a transaction that is always rolled back, so each tampering leaves the shared log intact. */
export async function thenRollBack<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  const outcome: { value?: T } = {};
  try {
    await db.transaction().execute(async (trx) => {
      outcome.value = await work(trx);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return outcome.value as T;
}

/** Runs `work` past the append-only trigger, as someone with write access to the database could switch it off. */
export async function pastTheTrigger<T>(trx: Kysely<DB>, work: () => Promise<T>): Promise<T> {
  await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_append_only`.execute(trx);
  const result = await work();
  await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_append_only`.execute(trx);
  return result;
}

/** Tampers, verifies (with a small page size, so page boundaries are crossed too), and rolls back. */
export function verifyAfterTampering(
  db: Kysely<DB>,
  tamper: (trx: Kysely<DB>) => Promise<unknown>,
): Promise<AccessLogVerification> {
  return thenRollBack(db, async (trx) => {
    await pastTheTrigger(trx, () => tamper(trx));
    return verifyAccessLog(trx, { pageSize: 7 });
  });
}

/** The verification of one chain, which must be there. */
export function chainOf(result: AccessLogVerification, chain: number): ChainVerification {
  const found = result.chains.find((verified) => verified.chain === chain);
  expect(found, `chain ${chain} verified`).toBeDefined();
  return found!;
}

/** Writes a row straight into the table, as a forger with write access to the database could. */
export async function insertRow(trx: Kysely<DB>, row: ChainedEntry & { hash: string }): Promise<void> {
  await sql`INSERT INTO access_log (chain, seq, format, actor_kind, id, occurred_at, user_id, unit_id, role, action,
      person_id, sip_id, client_address, reason, prev_hash, hash)
    VALUES (${row.chain}, ${row.seq}, ${row.format}, ${row.actorKind}, ${row.id}, ${row.occurredAt}, ${row.userId},
      ${row.unitId}, ${row.role}, ${row.action}, ${row.personId}, ${row.sipId}, ${row.clientAddress}, ${row.reason},
      ${row.prevHash}, ${row.hash})`.execute(trx);
}

/** A stored row as the hash functions take it. */
export function chained(row: Selectable<AccessLogTable>): ChainedEntry & { hash: string } {
  return { ...row, seq: Number(row.seq) };
}

// A chain of its own for entries dated by a test, so their times never sit among entries the database dated.
const datedChain = 15;

/**
 * Appends an entry dated `at` (whole milliseconds) to chain 15, chained and hashed as the append function would,
 * for tests that need entries at set times: the database dates every entry it appends by its own clock.
 */
export async function appendAt(db: Kysely<DB>, at: Date, entry: AccessEntry): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockChain(trx, datedChain);
    const head = await trx
      .selectFrom('accessLog')
      .select(['seq', 'hash'])
      .where('chain', '=', datedChain)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const actorKind = entry.actorKind ?? 'staff';
    const dated: ChainedEntry = {
      chain: datedChain,
      seq: head ? Number(head.seq) + 1 : 1,
      format: actorKind === 'staff' ? 2 : 3,
      id: uuidv7(),
      occurredAt: at,
      ...entry,
      actorKind,
      reason: entry.reason ?? '',
      prevHash: head?.hash ?? genesisHash,
    };
    await insertRow(trx, { ...dated, hash: entryHash(dated) });
  });
}
