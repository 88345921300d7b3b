import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { prepared } from '../../db/preparedStatements.js';

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

/** Names of units (with their organisations) and of users together, in one statement, for one response. */
export async function namesOf(
  db: Kysely<DB>,
  unitIds: Iterable<string>,
  userIds: Iterable<string | null>,
): Promise<{ units: Map<string, UnitInfo>; users: Map<string, string> }> {
  const units = [...new Set(unitIds)];
  const users = [...new Set([...userIds].filter((id): id is string => id !== null))];
  const { rows } = await sql<UnitInfo & { kind: 'unit' | 'user' }>`
    ${sql.raw(prepared('names'))} SELECT 'unit' AS kind, u.id AS unit_id, u.name AS unit_name, o.id AS organisation_id,
      o.name AS organisation_name, o.kind AS organisation_kind
    FROM units u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ANY (${units}::uuid[])
    UNION ALL
    SELECT 'user', id, display_name, NULL, NULL, NULL FROM users WHERE id = ANY (${users}::uuid[])`.execute(
    db,
  );
  const names = { units: new Map<string, UnitInfo>(), users: new Map<string, string>() };
  for (const { kind, ...row } of rows) {
    if (kind === 'unit') names.units.set(row.unitId, row);
    else names.users.set(row.unitId, row.unitName);
  }
  return names;
}

export const protectedName = { sv: 'Skyddad identitet', en: 'Protected identity' };

/** A person's name as lists show it: masked for a protected identity, which lists never reveal. */
export function listedName(
  person: { givenName: string; familyName: string; protectedIdentity: boolean },
  language: 'sv' | 'en',
): string {
  return person.protectedIdentity ? protectedName[language] : `${person.givenName} ${person.familyName}`;
}
