import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The child's view told on the individual's side (child_views): what is good, what is hard, wishes and a picture.
 * Staff read it and confirm it into the plan draft; callers hold the case's lock (runCaseWrite) for every write.
 */

/** The child's words, without the picture's bytes; undefined when the child has told nothing. */
export function childViewOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('childViews')
    .select(['good', 'hard', 'wishes', 'updatedAt', 'confirmedAt'])
    .select((eb) => eb('picture', 'is not', null).as('hasPicture'))
    .where('sipId', '=', sipId)
    .executeTakeFirst();
}

/** The picture's bytes and type, as stored (its type was read from its bytes when it came). */
export function childPictureOf(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('childViews')
    .select(['picture', 'pictureType'])
    .where('sipId', '=', sipId)
    .where('picture', 'is not', null)
    .executeTakeFirst();
}

/** Staff took the child's view into the plan draft: when, and who. */
export async function confirmChildView(db: Kysely<DB>, sipId: string, userId: string): Promise<void> {
  await db
    .updateTable('childViews')
    .set({ confirmedAt: new Date(), confirmedBy: userId })
    .where('sipId', '=', sipId)
    .execute();
}

type ChildViewChange =
  | { good: string; hard: string; wishes: string }
  | { picture: Uint8Array; pictureType: 'image/png' | 'image/jpeg' }
  | { picture: null; pictureType: null };

/**
 * The child's view changed now on the individual's side, in its words or its picture, by `writtenBy`. A change
 * after staff confirmed it into the plan draft is news to them again, so the confirmation is cleared.
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
