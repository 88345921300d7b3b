import type { Kysely } from 'kysely';
import type { DB, PersonsTable } from '../../db/schema.js';

/**
 * The person's record: who a case is about, found by identity number, created for a new need and protected when
 * asked. A person has cases; what a unit may learn of them is the caller's to check.
 */

/** The person's birth date, as the identity number gives it (none for some reserve numbers); the person exists. */
export async function birthDateOf(db: Kysely<DB>, personId: string): Promise<PersonsTable['birthDate']> {
  const person = await db.selectFrom('persons').select('birthDate').where('id', '=', personId).executeTakeFirstOrThrow();
  return person.birthDate;
}
