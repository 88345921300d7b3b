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
    .select(['good', 'hard', 'wishes', 'updatedAt'])
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
