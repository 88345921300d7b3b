/**
 * The ids of the three kinds of PractitionerRole (docs/fhir-mapping.md, Conventions): built so that they fit FHIR's
 * id rule (`[A-Za-z0-9\-.]{1,64}`) and can be read back without a lookup table.
 */
export type PractitionerRoleKey =
  | { kind: 'staff'; userId: string; unitId: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'coordinator'; sipId: string };

const hex32 = /^[0-9a-f]{32}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A staff user at a unit: both UUIDs as 32 hex digits, 64 characters together. */
export function staffRoleId(userId: string, unitId: string): string {
  return `${userId.replaceAll('-', '')}${unitId.replaceAll('-', '')}`;
}

/** A unit taking part in a meeting without a named person (R4 allows no Organization as a participant). */
export function unitRoleId(unitId: string): string {
  return `unit-${unitId}`;
}

/** The coordinator a SIP's plan names. */
export function coordinatorRoleId(sipId: string): string {
  return `coordinator-${sipId}`;
}

/** Which PractitionerRole an id names; undefined for an id no PractitionerRole of Samplan's can have. */
export function practitionerRoleKey(id: string): PractitionerRoleKey | undefined {
  // Ids are case-sensitive in FHIR, and Samplan writes its UUIDs in lower case: any other spelling names nothing.
  if (id.startsWith('unit-')) {
    const unitId = id.slice('unit-'.length);
    return uuid.test(unitId) ? { kind: 'unit', unitId } : undefined;
  }
  if (id.startsWith('coordinator-')) {
    const sipId = id.slice('coordinator-'.length);
    return uuid.test(sipId) ? { kind: 'coordinator', sipId } : undefined;
  }
  const [user, unit] = [id.slice(0, 32), id.slice(32)];
  if (!hex32.test(user) || !hex32.test(unit)) return undefined;
  return { kind: 'staff', userId: dashed(user), unitId: dashed(unit) };
}

function dashed(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
