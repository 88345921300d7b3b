import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseWorkerRoles } from '../../domain/access/policy.js';
import type { PlanContent } from '../../shared/plan.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import type { StaffAtUnit } from '../fhir/resources/practitionerRole.js';

/**
 * Who acts for units, as the FHIR API's PractitionerRole reads them: case workers at their units, the units
 * themselves, and a SIP's coordinator. Only the case-working roles get a PractitionerRole: administrators and
 * county coordinators take no part in cases.
 */

/** A case worker's commission at a unit; undefined when the user holds no case-working role there. */
export async function staffAtUnit(
  db: Kysely<DB>,
  userId: string,
  unitId: string,
): Promise<StaffAtUnit | undefined> {
  return db
    .selectFrom('userUnits as c')
    .innerJoin('users as u', 'u.id', 'c.userId')
    .select([
      'c.userId',
      'c.unitId',
      'u.displayName',
      'u.title',
      'u.phone',
      'u.email',
      sql<StaffAtUnit['role']>`c.role`.as('role'),
      sql<boolean>`u.disabled_at IS NULL`.as('active'),
    ])
    .where('c.userId', '=', userId)
    .where('c.unitId', '=', unitId)
    .where('c.role', 'in', caseWorkerRoles)
    .executeTakeFirst();
}

/** A unit's own phone and e-mail; undefined when there is no such unit. */
export function unitContact(db: Kysely<DB>, unitId: string) {
  return db.selectFrom('units').select(['id', 'phone', 'email']).where('id', '=', unitId).executeTakeFirst();
}

export interface CoordinatorRow {
  sipId: string;
  personId: string;
  closed: boolean;
  /** The coordinator of the newest established plan version; null before a plan is established. */
  coordinator: PlanContent['coordinator'] | null;
  standing: CaseStanding;
}

/** The SIP's coordinator as its newest established version names it, and the unit's standing in the SIP. */
export async function coordinatorOf(
  db: Kysely<DB>,
  sipId: string,
  unitId: string,
): Promise<CoordinatorRow | undefined> {
  const row = await db
    .selectFrom('sips as s')
    .select([
      's.id as sipId',
      's.personId',
      sql<boolean>`s.phase = 'closed'`.as('closed'),
      sql<PlanContent['coordinator'] | null>`(
        SELECT v.content -> 'coordinator' FROM plan_versions v WHERE v.sip_id = s.id
        ORDER BY v.version DESC LIMIT 1
      )`.as('coordinator'),
      caseStandingSql(sql<string>`s.id`, unitId).as('standing'),
    ])
    .where('s.id', '=', sipId)
    .executeTakeFirst();
  return row;
}

/**
 * One row of a search: a case worker at a unit, or a unit (`userId` null). `key` is the PractitionerRole's id,
 * compared byte by byte (COLLATE "C"), as FHIR's ids are.
 */
export interface RoleRow extends Omit<StaffAtUnit, 'userId' | 'role'> {
  key: string;
  userId: string | null;
  role: StaffAtUnit['role'] | null;
}

/** Both kinds of role as one relation `r`, with the columns of RoleRow. */
const roles = sql`(
  SELECT replace(c.user_id::text, '-', '') || replace(c.unit_id::text, '-', '') COLLATE "C" AS key,
    c.user_id, c.unit_id, u.display_name, u.title, u.phone, u.email, c.role, u.disabled_at IS NULL AS active
  FROM user_units c JOIN users u ON u.id = c.user_id
  WHERE c.role IN (${sql.join(caseWorkerRoles)})
  UNION ALL
  SELECT 'unit-' || n.id::text COLLATE "C", NULL, n.id, '', '', n.phone, n.email, NULL, TRUE FROM units n
) AS r`;

const columns = sql`r.key, r.user_id AS "userId", r.unit_id AS "unitId", r.display_name AS "displayName", r.title,
  r.phone, r.email, r.role, r.active`;

/** A search of roles: conditions on `r`, and the page as the framework's keyset on `r.key`, order and limit. */
export interface RoleSearch {
  conditions: Expression<SqlBool>[];
  keyset: Expression<SqlBool>;
  direction: 'asc' | 'desc';
  limit: number;
}

export async function searchRoles(db: Kysely<DB>, search: RoleSearch): Promise<{ rows: RoleRow[]; total: number }> {
  const where = search.conditions.length > 0 ? sql.join(search.conditions, sql` AND `) : sql`TRUE`;
  const order = search.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const { rows } = await sql<RoleRow>`
    SELECT ${columns} FROM ${roles} WHERE ${where} AND ${search.keyset}
    ORDER BY r.key ${order} LIMIT ${search.limit}`.execute(db);
  const { rows: counted } = await sql<{ total: number }>`
    SELECT count(*)::int AS total FROM ${roles} WHERE ${where}`.execute(db);
  return { rows, total: counted[0]?.total ?? 0 };
}
