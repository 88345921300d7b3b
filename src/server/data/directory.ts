import type { Kysely } from 'kysely';
import type { DB, OrganisationsTable, Role, UnitsTable } from '../../db/schema.js';
import { caseWorkerRoles } from '../../domain/access/policy.js';

/** The county's directory as cases read it: the organisations, their units and the users, by id. */

/** The kind of an organisation (region, municipality or other); undefined when there is no such organisation. */
export async function organisationKind(
  db: Kysely<DB>,
  organisationId: string,
): Promise<OrganisationsTable['kind'] | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select('kind')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.kind;
}

/** Which of the units exist. */
export async function existingUnits(db: Kysely<DB>, unitIds: Iterable<string>): Promise<Set<string>> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('units').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}

/** Every unit with its organisation's name, by organisation and unit name: for choosing a unit county-wide. */
export function unitsByOrganisation(db: Kysely<DB>) {
  return db
    .selectFrom('units')
    .innerJoin('organisations', 'organisations.id', 'units.organisationId')
    .select(['units.id', 'units.name', 'organisations.name as organisationName'])
    .orderBy('organisations.name')
    .orderBy('units.name')
    .execute();
}

/** The organisation the unit belongs to; the unit must exist. */
export async function organisationOfUnit(db: Kysely<DB>, unitId: string): Promise<string> {
  const unit = await db.selectFrom('units').select('organisationId').where('id', '=', unitId).executeTakeFirstOrThrow();
  return unit.organisationId;
}

/** The unit's category; the unit must exist. */
export async function unitCategory(db: Kysely<DB>, unitId: string): Promise<UnitsTable['category']> {
  const unit = await db.selectFrom('units').select('category').where('id', '=', unitId).executeTakeFirstOrThrow();
  return unit.category;
}

/** Whether the unit exists and belongs to an organisation of the kind. */
export async function unitOfOrganisationKind(
  db: Kysely<DB>,
  unitId: string,
  kind: OrganisationsTable['kind'],
): Promise<boolean> {
  const unit = await db
    .selectFrom('units')
    .innerJoin('organisations', 'organisations.id', 'units.organisationId')
    .select('units.id')
    .where('units.id', '=', unitId)
    .where('organisations.kind', '=', kind)
    .executeTakeFirst();
  return unit !== undefined;
}

/**
 * A unit's users who are not disabled and hold one of the roles there — by default its case workers — as a query
 * over `userUnits` joined with `users`, for the caller to select from and narrow further.
 */
export function activeUsersOfUnit(db: Kysely<DB>, unitId: string, roles: readonly Role[] = caseWorkerRoles) {
  return db
    .selectFrom('userUnits')
    .innerJoin('users', 'users.id', 'userUnits.userId')
    .where('userUnits.unitId', '=', unitId)
    .where('userUnits.role', 'in', roles)
    .where('users.disabledAt', 'is', null);
}

export interface UnitInfo {
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: 'region' | 'municipality' | 'other';
}

/** Names of units with their organisations, looked up once per response. */
export async function unitDirectory(
  db: Kysely<DB>,
  unitIds: Iterable<string>,
): Promise<Map<string, UnitInfo>> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .innerJoin('organisations', 'organisations.id', 'units.organisationId')
    .select(['units.id as unitId', 'units.name as unitName', 'organisations.id as organisationId'])
    .select(['organisations.name as organisationName', 'organisations.kind as organisationKind'])
    .where('units.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.unitId, row]));
}

export async function userNames(
  db: Kysely<DB>,
  userIds: Iterable<string | null>,
): Promise<Map<string, string>> {
  const ids = [...new Set([...userIds].filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/** The unit's functional mailbox, empty when it has none; undefined when there is no such unit. */
export async function unitMailbox(db: Kysely<DB>, unitId: string): Promise<string | undefined> {
  const row = await db.selectFrom('units').select('email').where('id', '=', unitId).executeTakeFirst();
  return row?.email;
}

/** The user's e-mail address, empty when they have none; the user must exist. */
export async function userMailAddress(db: Kysely<DB>, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.email;
}

/** Every organisation, by kind and name, with its units by name: the directory as the county keeps it. */
export async function organisationsWithUnits(db: Kysely<DB>) {
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .orderBy('kind')
    .orderBy('name')
    .execute();
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'parentId', 'category', 'organisationId'])
    .orderBy('name')
    .execute();
  return organisations.map((organisation) => ({
    ...organisation,
    units: units
      .filter((unit) => unit.organisationId === organisation.id)
      .map(({ id, name, parentId, category }) => ({ id, name, parentId, category })),
  }));
}

/** The user closed the first-time guide now, unless they had before: the first time counts. */
export async function closeFirstGuide(db: Kysely<DB>, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ firstGuideDoneAt: new Date() })
    .where('id', '=', userId)
    .where('firstGuideDoneAt', 'is', null)
    .execute();
}
