import type { Selectable } from 'kysely';
import type { PersonsTable } from '../../db/schema.js';
import { ageOn } from '../../domain/consent/consent.js';
import { formatIdNumber } from '../../domain/identity/idNumber.js';
import { stockholmDate } from '../../domain/time/stockholm.js';

/** The individual as a participating unit sees them, identity number in the form people read. */
export function presentPerson(person: Selectable<PersonsTable>) {
  return {
    id: person.id,
    idKind: person.idKind,
    idNumber: formatIdNumber(person.idKind, person.idNumber),
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    sex: person.sex,
    age: ageOn(person.birthDate, stockholmDate()),
    protectedIdentity: person.protectedIdentity,
    address: person.address,
    phone: person.phone,
  };
}
