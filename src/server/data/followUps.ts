import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, FollowUpsTable } from '../../db/schema.js';

/**
 * The follow-up aggregate's writes: each follow-up of the plan in force, with an outcome for each goal and effort.
 * Callers hold the case's lock (runCaseWrite).
 */

/** A follow-up held, as recorded now. */
export async function insertFollowUp(
  db: Kysely<DB>,
  followUp: Omit<Insertable<FollowUpsTable>, 'items' | 'recordedAt'> & { items: Selectable<FollowUpsTable>['items'] },
): Promise<void> {
  await db
    .insertInto('followUps')
    .values({ ...followUp, items: JSON.stringify(followUp.items) })
    .execute();
}
