import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { setHsaId } from './hsaIds.js';

/**
 * The HSA ids by which single sign-on names units (docs/decisions/0006). An operator connecting a county's
 * identity provider lists the units and records each one's HSA id; a unit without one cannot be reached by
 * single sign-on, only by local accounts.
 */
export interface UnitListing {
  organisation: string;
  unit: string;
  id: string;
  hsaId: string | null;
}

export async function listUnits(db: Kysely<DB>): Promise<UnitListing[]> {
  return db
    .selectFrom('units')
    .innerJoin('organisations', 'organisations.id', 'units.organisationId')
    .select(['organisations.name as organisation', 'units.name as unit', 'units.id', 'units.hsaId'])
    .orderBy('organisations.name')
    .orderBy('units.name')
    .execute();
}

export function formatUnits(units: readonly UnitListing[]): string {
  return units
    .map((unit) => [unit.id, unit.hsaId ?? '-', unit.organisation, unit.unit].join('\t'))
    .join('\n');
}

/** Sets a unit's HSA id, or clears it with `-`. Throws a message for the operator on anything it cannot do. */
export function setUnitHsaId(db: Kysely<DB>, unitId: string, hsaId: string): Promise<string> {
  return setHsaId(db, 'units', unitId, hsaId);
}

/** The organisations with their HSA ids as care givers, which GetCarePlans names (docs/decisions/0039). */
export interface OrganisationListing {
  id: string;
  name: string;
  hsaId: string | null;
}

export async function listOrganisations(db: Kysely<DB>): Promise<OrganisationListing[]> {
  return db.selectFrom('organisations').select(['id', 'name', 'hsaId']).orderBy('name').execute();
}

export function formatOrganisations(organisations: readonly OrganisationListing[]): string {
  return organisations
    .map((organisation) => [organisation.id, organisation.hsaId ?? '-', organisation.name].join('\t'))
    .join('\n');
}

/** Sets an organisation's HSA id as a care giver, or clears it with `-`. */
export function setOrganisationHsaId(db: Kysely<DB>, organisationId: string, hsaId: string): Promise<string> {
  return setHsaId(db, 'organisations', organisationId, hsaId);
}
