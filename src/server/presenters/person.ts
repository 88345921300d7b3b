import type { Selectable } from 'kysely';
import type { PersonsTable } from '../../db/schema.js';
import { ageOn } from '../../domain/consent/consent.js';
import { formatIdNumber } from '../../domain/identity/idNumber.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { protectedName } from './names.js';

type ShownPerson = Pick<
  Selectable<PersonsTable>,
  | 'id'
  | 'idKind'
  | 'idNumber'
  | 'givenName'
  | 'familyName'
  | 'birthDate'
  | 'sex'
  | 'protectedIdentity'
  | 'address'
  | 'phone'
  | 'email'
  | 'mobile'
>;

/**
 * The individual as a participating unit sees them, identity number in the form people read. For a person with
 * protected identity, name, address, phone and where notices go are withheld unless `reveal` — which only the
 * reveal route, with a stated and logged reason, passes.
 */
export function presentPerson(person: ShownPerson, reveal = false) {
  const masked = person.protectedIdentity && !reveal;
  return {
    id: person.id,
    idKind: person.idKind,
    idNumber: formatIdNumber(person.idKind, person.idNumber),
    givenName: masked ? protectedName.sv : person.givenName,
    familyName: masked ? '' : person.familyName,
    birthDate: person.birthDate,
    sex: person.sex,
    age: ageOn(person.birthDate, stockholmDate()),
    protectedIdentity: person.protectedIdentity,
    address: masked ? '' : person.address,
    phone: masked ? '' : person.phone,
    email: masked ? '' : person.email,
    mobile: masked ? '' : person.mobile,
  };
}
