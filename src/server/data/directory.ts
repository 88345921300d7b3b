import type { Kysely } from 'kysely';
import type { DB, OrganisationsTable } from '../../db/schema.js';

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
