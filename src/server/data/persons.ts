import type { Insertable, Kysely } from 'kysely';
import type { DB, PersonsTable } from '../../db/schema.js';
import type { IdNumber } from '../../domain/identity/idNumber.js';
import { visibleToUnit } from '../access/consentInForce.js';

/**
 * The person's record: who a case is about, found by identity number, created for a new need and protected when
 * asked. A person has cases; what a unit may learn of them is the caller's to check.
 */

/** The person's birth date, as the identity number gives it (none for some reserve numbers); the person exists. */
export async function birthDateOf(db: Kysely<DB>, personId: string): Promise<PersonsTable['birthDate']> {
  const person = await db.selectFrom('persons').select('birthDate').where('id', '=', personId).executeTakeFirstOrThrow();
  return person.birthDate;
}

/** The person with this identity number, if the unit may see one of their cases today; else undefined. */
export function personKnownTo(db: Kysely<DB>, id: IdNumber, unitId: string, today: string) {
  return db
    .selectFrom('persons')
    .selectAll('persons')
    .where('persons.idKind', '=', id.kind)
    .where('persons.idNumber', '=', id.value)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sips')
          .select('sips.id')
          .whereRef('sips.personId', '=', 'persons.id')
          .where((inner) => visibleToUnit(inner.ref('sips.id'), unitId, today)),
      ),
    )
    .executeTakeFirst();
}

/** The person with this identity number, locked until the transaction ends; undefined when there is none. */
export function personByIdNumberForUpdate(db: Kysely<DB>, id: IdNumber) {
  return db
    .selectFrom('persons')
    .select(['id', 'protectedIdentity'])
    .where('idKind', '=', id.kind)
    .where('idNumber', '=', id.value)
    .forUpdate()
    .executeTakeFirst();
}

/** The person's identity is protected from now on: lists mask it and reading it is logged with a reason. */
export async function protectIdentity(db: Kysely<DB>, personId: string): Promise<void> {
  await db
    .updateTable('persons')
    .set({ protectedIdentity: true, updatedAt: new Date() })
    .where('id', '=', personId)
    .execute();
}

/** A new person's record. */
export async function insertPerson(
  db: Kysely<DB>,
  person: Omit<Insertable<PersonsTable>, 'email' | 'createdAt' | 'updatedAt'>,
): Promise<void> {
  await db.insertInto('persons').values(person).execute();
}

/** The person by id; the person must exist. */
export function personById(db: Kysely<DB>, personId: string) {
  return db.selectFrom('persons').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
}

/** The person a case is about; the case exists. */
export function personOfCase(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('persons')
    .innerJoin('sips', 'sips.personId', 'persons.id')
    .selectAll('persons')
    .where('sips.id', '=', sipId)
    .executeTakeFirstOrThrow();
}

/** Where the individual's notices go: their e-mail address and mobile number, each empty when none is given. */
export async function setPersonContact(
  db: Kysely<DB>,
  personId: string,
  contact: { email: string; mobile: string },
): Promise<void> {
  await db
    .updateTable('persons')
    .set({ ...contact, updatedAt: new Date() })
    .where('id', '=', personId)
    .execute();
}
