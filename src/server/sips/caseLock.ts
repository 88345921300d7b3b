import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { CaseSubject } from '../../domain/access/policy.js';
import { caseStandingSql, subjectOf } from '../access/caseStanding.js';
import type { Actor } from './actor.js';

/** Which case a write is on: named by the SIP's id, or by an invitation to one of its meetings. */
export type CaseKey = { sipId: string } | { invitationId: string };

/** The case as the write found it under its lock, and the acting unit's standing in it read under that lock. */
export interface LockedCase {
  trx: Transaction<DB>;
  sip: Selectable<SipsTable>;
  subject: CaseSubject;
}

/**
 * The skeleton of every write on a case's data: one transaction (run again from the start on a conflict) whose
 * first statement locks the SIP's row and reads the acting unit's standing under that lock. Every write takes
 * the case's lock first, so two writes on one case run one after the other, each seeing what the other wrote,
 * and always lock in the same order (the case, then its rows), never deadlocking with each other. Undefined when
 * the key names no case; what that means is the caller's to say.
 */
export function runCaseWrite<T>(
  db: Kysely<DB>,
  actor: Actor,
  key: CaseKey,
  work: (locked: LockedCase | undefined) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const sipId =
      'sipId' in key
        ? key.sipId
        : sql<string>`(SELECT sip_id FROM invitations WHERE id = ${key.invitationId})`;
    const locked = await trx
      .selectFrom('sips')
      .selectAll()
      .select(caseStandingSql(sql<string>`sips.id`, actor.unitId).as('standing'))
      .where('id', '=', sipId)
      .forUpdate()
      .executeTakeFirst();
    if (!locked) return work(undefined);
    const { standing, ...sip } = locked;
    return work({ trx, sip, subject: subjectOf(standing, actor.role) });
  });
}
