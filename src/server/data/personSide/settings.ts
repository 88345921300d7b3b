import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** Whether the individual's view of who opened their plan names the staff member, or only the unit. */
export async function logNamesStaff(db: Kysely<DB>): Promise<boolean> {
  const settings = await db.selectFrom('countySettings').select('personLogNamesStaff').executeTakeFirstOrThrow();
  return settings.personLogNamesStaff;
}
