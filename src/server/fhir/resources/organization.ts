import type { ContactPoint, Organization } from '@medplum/fhirtypes';
import type { Organisation, Unit } from '../../../db/schema.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { vocabSv } from '../../../shared/words/vocab.sv.js';
import { statisticsSv } from '../../../shared/words/statistics.sv.js';
import type { Served } from './served.js';

/**
 * Organisations (region, municipality, other actor) and their units as FHIR Organizations (docs/fhir-mapping.md,
 * Organization). Neither is about a person: a unit's phone and e-mail are the unit's own.
 */

/** HL7 Sweden's OID for HSA identifiers (fhir-mapping.md, HSA-id: which OID). */
export const hsaIdSystem = 'urn:oid:1.2.752.29.4.19';
export const organizationTypeSystem = 'http://terminology.hl7.org/CodeSystem/organization-type';

const kindCoding = {
  region: { code: 'govt', display: 'Government' },
  municipality: { code: 'govt', display: 'Government' },
  other: { code: 'other', display: 'Other' },
} as const satisfies Record<Organisation['kind'], { code: string; display: string }>;

const kindText: Record<Organisation['kind'], string> = {
  region: fhirResourcesSv.organization.region,
  municipality: fhirResourcesSv.organization.municipality,
  other: vocabSv.initiatorType.other_actor,
};

export type OrganisationRow = Pick<Organisation, 'id' | 'name' | 'kind'>;
export type UnitRow = Pick<
  Unit,
  'id' | 'organisationId' | 'parentId' | 'name' | 'category' | 'email' | 'phone' | 'hsaId'
>;

export function organisationResource(organisation: OrganisationRow): Served<Organization> {
  return {
    resourceType: 'Organization',
    id: organisation.id,
    active: true,
    type: [
      {
        coding: [{ system: organizationTypeSystem, ...kindCoding[organisation.kind] }],
        text: kindText[organisation.kind],
      },
    ],
    name: organisation.name,
  };
}

export function unitResource(unit: UnitRow): Served<Organization> {
  const telecom: ContactPoint[] = [
    ...(unit.phone ? [{ system: 'phone' as const, value: unit.phone, use: 'work' as const }] : []),
    ...(unit.email ? [{ system: 'email' as const, value: unit.email, use: 'work' as const }] : []),
  ];
  const category = (statisticsSv.unitCategory as Record<string, string>)[unit.category] ?? unit.category;
  return {
    resourceType: 'Organization',
    id: unit.id,
    ...(unit.hsaId && { identifier: [{ system: hsaIdSystem, value: unit.hsaId }] }),
    active: true,
    type: [
      {
        coding: [{ system: organizationTypeSystem, code: 'dept', display: 'Hospital Department' }],
        ...(category && { text: category }),
      },
    ],
    name: unit.name,
    ...(telecom.length > 0 && { telecom }),
    partOf: { reference: `Organization/${unit.parentId ?? unit.organisationId}` },
  };
}
