import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The county's age from which a child may be given a sign-in of their own. */
export async function childSignInAge(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('countySettings').select('childSignInAge').executeTakeFirstOrThrow();
  return row.childSignInAge;
}

/** Whether the case's child reads their plan with a sign-in of their own. Callers hold the case's lock. */
export async function setChildSignsIn(db: Kysely<DB>, sipId: string, allowed: boolean): Promise<void> {
  await db.updateTable('sips').set({ childSignsIn: allowed }).where('id', '=', sipId).execute();
}
