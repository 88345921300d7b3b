import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';

/**
 * The guardians staff record on a case (case_guardians): who signs in with e-ID and acts for the child. Never
 * derived from the e-ID; a removed guardian stays in the table with who removed them. Callers hold the case's
 * lock (runCaseWrite) for every write.
 */

/** The guardians on the case now, in the order they were recorded. */
export function currentGuardians(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('caseGuardians')
    .select(['id', 'idNumber', 'name', 'email', 'mobile', 'recordedBy', 'recordedAt'])
    .where('sipId', '=', sipId)
    .where('removedAt', 'is', null)
    .orderBy('recordedAt')
    .orderBy('id')
    .execute();
}

export async function insertGuardian(
  db: Kysely<DB>,
  guardian: { sipId: string; idNumber: string; name: string; email: string; mobile: string; recordedBy: string },
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('caseGuardians')
    .values({ id, ...guardian })
    .execute();
  return id;
}

/** Removes a current guardian of the case; false when there is none by that id. */
export async function removeGuardian(
  db: Kysely<DB>,
  sipId: string,
  guardianId: string,
  removedBy: string,
): Promise<boolean> {
  const removed = await db
    .updateTable('caseGuardians')
    .set({ removedAt: new Date(), removedBy })
    .where('id', '=', guardianId)
    .where('sipId', '=', sipId)
    .where('removedAt', 'is', null)
    .executeTakeFirst();
  return removed.numUpdatedRows > 0n;
}

/** The guardians on the case now, with who recorded them and whether the child's identity is protected. */
export function guardiansOfCase(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('caseGuardians as g')
    .innerJoin('users as u', 'u.id', 'g.recordedBy')
    .innerJoin('sips as s', 's.id', 'g.sipId')
    .innerJoin('persons as p', 'p.id', 's.personId')
    .select([
      'g.id',
      'g.idNumber',
      'g.name',
      'g.email',
      'g.mobile',
      'g.recordedAt',
      'u.displayName as recordedByName',
      'p.protectedIdentity',
      'p.id as personId',
    ])
    .where('g.sipId', '=', sipId)
    .where('g.removedAt', 'is', null)
    .orderBy('g.recordedAt')
    .orderBy('g.id')
    .execute();
}
