import type { ContactPoint, PractitionerRole } from '@medplum/fhirtypes';
import type { Role } from '../../../shared/api/vocabulary.js';
import type { PlanContent } from '../../../shared/plan.js';
import { appSv } from '../../../shared/words/app.sv.js';
import { caseSv } from '../../../shared/words/case.sv.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { coordinatorRoleId, staffRoleId, unitRoleId } from './practitionerRoleIds.js';
import type { Served } from './served.js';
import { samplanCodeSystem } from '../identifiers.js';

/**
 * Who acts for a unit, as PractitionerRoles (docs/fhir-mapping.md, PractitionerRole): a staff user at a unit, a
 * unit taking part in a meeting without a named person, and the coordinator a SIP's plan names. No Practitioner
 * resource is served: users carry no HSA-id of their own, and the name is enough for a reader.
 */

/** The telecom of a unit or a person, work numbers only; absent when neither is known. */
function workTelecom(phone: string, email: string): { telecom?: ContactPoint[] } {
  const telecom: ContactPoint[] = [
    ...(phone ? [{ system: 'phone' as const, value: phone, use: 'work' as const }] : []),
    ...(email ? [{ system: 'email' as const, value: email, use: 'work' as const }] : []),
  ];
  return telecom.length > 0 ? { telecom } : {};
}

export interface StaffAtUnit {
  userId: string;
  unitId: string;
  displayName: string;
  title: string;
  phone: string;
  email: string;
  role: Extract<Role, 'staff' | 'unit_manager'>;
  /** Not disabled, and still holding the role in the unit. */
  active: boolean;
}

/** Samplan's code system for a user's role in a unit (docs/fhir-mapping.md, Other word lists). */
export const roleSystem = (base: string) => samplanCodeSystem(base, 'role');

export function staffRoleResource(base: string, staff: StaffAtUnit): Served<PractitionerRole> {
  return {
    resourceType: 'PractitionerRole',
    id: staffRoleId(staff.userId, staff.unitId),
    active: staff.active,
    practitioner: { display: staff.displayName },
    organization: { reference: `Organization/${staff.unitId}` },
    code: [
      {
        coding: [{ system: roleSystem(base), code: staff.role, display: appSv.roles[staff.role] }],
        text: staff.title || appSv.roles[staff.role],
      },
    ],
    ...workTelecom(staff.phone, staff.email),
  };
}

export function unitRoleResource(unit: {
  id: string;
  phone: string;
  email: string;
}): Served<PractitionerRole> {
  return {
    resourceType: 'PractitionerRole',
    id: unitRoleId(unit.id),
    active: true,
    organization: { reference: `Organization/${unit.id}` },
    code: [{ text: fhirResourcesSv.practitionerRole.unit }],
    ...workTelecom(unit.phone, unit.email),
  };
}

/** The coordinator an established plan names, active while the SIP is not closed. */
export function coordinatorRoleResource(
  base: string,
  sip: { id: string; closed: boolean },
  coordinator: Pick<PlanContent['coordinator'], 'name' | 'unitId' | 'phone' | 'email'>,
): Served<PractitionerRole> {
  const word = caseSv.plan.fields.coordinator;
  return {
    resourceType: 'PractitionerRole',
    id: coordinatorRoleId(sip.id),
    active: !sip.closed,
    practitioner: { display: coordinator.name },
    ...(coordinator.unitId && { organization: { reference: `Organization/${coordinator.unitId}` } }),
    code: [
      {
        coding: [{ system: samplanCodeSystem(base, 'sip-unit-part'), code: 'coordinator', display: word }],
        text: word,
      },
    ],
    ...workTelecom(coordinator.phone, coordinator.email),
  };
}
