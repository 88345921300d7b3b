import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * What the individual, a guardian or the child write themselves before the meeting: the preparation (what
 * matters, questions, own goals) and the child's voice (good, hard, wishes, a picture). One row per case each;
 * the latest save is what stands.
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

/** The child's view without the picture's bytes: whether there is one is enough for the page. */
export function childViewOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('childViews')
    .select(['good', 'hard', 'wishes', 'updatedAt', 'confirmedAt'])
    .select((eb) => eb('picture', 'is not', null).as('hasPicture'))
    .where('sipId', '=', sipId)
    .executeTakeFirst();
}

export function childPictureOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('childViews')
    .select(['picture', 'pictureType'])
    .where('sipId', '=', sipId)
    .where('picture', 'is not', null)
    .executeTakeFirst();
}

type ChildViewChange =
  | { good: string; hard: string; wishes: string }
  | { picture: Uint8Array; pictureType: 'image/png' | 'image/jpeg' }
  | { picture: null; pictureType: null };

/**
 * The child's view changed now, in its words or its picture, by `writtenBy`. A change after staff confirmed it
 * into the plan draft is news to them again, so the confirmation is cleared.
 */
export async function saveChildView(
  db: Kysely<DB>,
  sipId: string,
  writtenBy: string,
  change: ChildViewChange,
): Promise<void> {
  const changed = { ...change, writtenBy, updatedAt: new Date(), confirmedAt: null, confirmedBy: null };
  await db
    .insertInto('childViews')
    .values({ sipId, ...changed })
    .onConflict((conflict) => conflict.column('sipId').doUpdateSet(changed))
    .execute();
}
