import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * What the individual or a guardian write themselves before the meeting: what matters, their questions, their
 * own goals. One row per case; the latest save is what stands. (The child's voice is in ../childViews.ts.)
 */

export function preparationOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('personPreparations')
    .select(['whatMatters', 'questions', 'ownGoals', 'updatedAt'])
    .where('sipId', '=', sipId)
    .executeTakeFirst();
}

export async function savePreparation(
  db: Kysely<DB>,
  preparation: { sipId: string; whatMatters: string; questions: string; ownGoals: string; updatedBy: string },
): Promise<void> {
  const { whatMatters, questions, ownGoals, updatedBy } = preparation;
  await db
    .insertInto('personPreparations')
    .values(preparation)
    .onConflict((conflict) =>
      conflict.column('sipId').doUpdateSet({ whatMatters, questions, ownGoals, updatedBy, updatedAt: new Date() }),
    )
    .execute();
}
