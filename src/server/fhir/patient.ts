import type { Selectable } from 'kysely';
import type { PersonsTable } from '../../db/schema.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { countKnownPatients, knownPatientsPage, type KnownPatientRow } from '../data/fhirPatients.js';
import { personIdentifier } from './identifiers.js';
import { isUuid, pageOf, uuidWindow } from './paging.js';
import { idsAsked } from './resources/searchValues.js';
import type { FhirResource, Found, ResourceType } from './registry.js';
import type { FhirContext } from './requestContext.js';

/**
 * The individual as a FHIR Patient (fhir-mapping.md, "Patient"). A protected identity keeps its identity number,
 * sex and birth date, by which receiving systems match the person, and loses its name, contact details and
 * address, with `meta.security` marking the resource restricted: the JSON API reveals them only through the
 * reveal route with a stated reason, which FHIR has no step for, so a FHIR reader never gets them.
 */
export function patientResource(person: Selectable<PersonsTable>): FhirResource {
  const hidden = person.protectedIdentity;
  const telecom = [
    person.phone && { system: 'phone', value: person.phone, use: 'home' },
    person.mobile && { system: 'phone', value: person.mobile, use: 'mobile' },
    person.email && { system: 'email', value: person.email },
  ].filter(Boolean);
  return {
    resourceType: 'Patient',
    id: person.id,
    meta: {
      lastUpdated: person.updatedAt.toISOString(),
      ...(hidden
        ? {
            security: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
                code: 'R',
                display: 'restricted',
              },
            ],
          }
        : {}),
    },
    identifier: [personIdentifier(person.idKind, person.idNumber)],
    active: true,
    ...(hidden
      ? {}
      : {
          name: [
            {
              use: 'official',
              text: `${person.givenName} ${person.familyName}`,
              family: person.familyName,
              given: [person.givenName],
            },
          ],
          ...(telecom.length > 0 ? { telecom } : {}),
        }),
    ...(person.sex ? { gender: person.sex } : {}),
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(!hidden && person.address ? { address: [{ text: person.address }] } : {}),
  };
}

/** The rows the unit's role and part in the SIP let it read, as the JSON API's case read decides (`readCase`). */
function readable(context: FhirContext, rows: KnownPatientRow[]): Found[] {
  return rows
    .filter((row) => context.may(row.standing, 'readCase'))
    .map((row) => ({
      resource: patientResource(row),
      concerns: { personId: row.id, sipId: row.sipId },
    }));
}

export const patientType: ResourceType = {
  type: 'Patient',
  searchParameters: [{ name: '_id', type: 'token', description: 'The Patient id (Samplan person id)' }],

  async read(context, id) {
    if (!isUuid(id)) return null;
    const window = { count: 1, after: null, before: null };
    const rows = await knownPatientsPage(
      context.db,
      context.actor.unitId,
      stockholmDate(),
      { ids: [id] },
      window,
    );
    return readable(context, rows)[0] ?? null;
  },

  async search(context, search, window) {
    // An id that cannot be a person's matches no one; asking the database for it would only fail the cast.
    const filter = { ids: idsAsked(search) };
    const today = stockholmDate();
    const rows = await knownPatientsPage(context.db, context.actor.unitId, today, filter, uuidWindow(window));
    const page = pageOf(rows, window, (row) => row.id);
    return {
      found: readable(context, page.rows),
      total: await countKnownPatients(context.db, context.actor.unitId, today, filter),
      nextKey: page.nextKey,
      previousKey: page.previousKey,
    };
  },
};
