import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AccessLogScope } from '../../shared/api/accessLog.js';
import type { Actor } from '../sips/actor.js';

/**
 * The organisations the user administers — those of the units where they are organisation administrator — as a
 * subquery of `organisation_id`s.
 */
export function administeredOrganisationIds(userId: string): RawBuilder<unknown> {
  return sql`SELECT au.organisation_id FROM user_units uu JOIN units au ON au.id = uu.unit_id
    WHERE uu.user_id = ${userId} AND uu.role = 'organisation_admin'`;
}

/**
 * Which access-log entries a reviewer may read, by the role they act in:
 * - a unit manager: entries made while acting for a unit where they are unit manager, and entries about SIPs
 *   such a unit convenes;
 * - an organisation administrator: the same for every unit of the organisations they administer;
 * - a system administrator: every entry;
 * - anyone else: none (the route policy refuses them before this is reached).
 *
 * Written as SQL over a `review_units` CTE (see `reviewUnitsCte`), so scope is part of every query that reads the
 * log for review and a filter outside it simply finds nothing.
 */
export function reviewUnitsCte(reviewer: Actor): RawBuilder<unknown> {
  switch (reviewer.role) {
    case 'unit_manager':
      return sql`review_units AS (
        SELECT uu.unit_id FROM user_units uu WHERE uu.user_id = ${reviewer.userId} AND uu.role = 'unit_manager'
      )`;
    case 'organisation_admin':
      return sql`review_units AS (
        SELECT u.id AS unit_id FROM units u WHERE u.organisation_id IN (${administeredOrganisationIds(reviewer.userId)})
      )`;
    case 'system_admin':
      return sql`review_units AS (SELECT u.id AS unit_id FROM units u)`;
    case 'staff':
    case 'county_coordinator':
      return sql`review_units AS (SELECT NULL::uuid AS unit_id WHERE FALSE)`;
  }
}

/** The condition that entry `alias` (a table alias in the query) lies in the reviewer's scope. */
export function inReviewScope(alias: string, reviewer: Actor): RawBuilder<SqlBool> {
  if (reviewer.role === 'system_admin') return sql<SqlBool>`TRUE`;
  const entry = sql.raw(alias);
  return sql<SqlBool>`(
    ${entry}.unit_id IN (SELECT unit_id FROM review_units)
    OR ${entry}.sip_id IN (
      SELECT s.id FROM sips s WHERE s.convening_unit_id IN (SELECT unit_id FROM review_units)
    )
  )`;
}

/**
 * Whose accesses the reviewer sees, for the page's introduction: the units they manage or the organisations they
 * administer by name, or the whole county. From the same rules as `reviewUnitsCte`.
 */
export async function reviewScopeNames(db: Kysely<DB>, reviewer: Actor): Promise<AccessLogScope> {
  switch (reviewer.role) {
    case 'unit_manager': {
      const { rows } = await sql<{ name: string }>`WITH ${reviewUnitsCte(reviewer)}
        SELECT u.name FROM units u WHERE u.id IN (SELECT unit_id FROM review_units) ORDER BY u.name`.execute(
        db,
      );
      return { role: reviewer.role, names: rows.map((row) => row.name) };
    }
    case 'organisation_admin': {
      const { rows } = await sql<{ name: string }>`SELECT o.name FROM organisations o
        WHERE o.id IN (${administeredOrganisationIds(reviewer.userId)}) ORDER BY o.name`.execute(db);
      return { role: reviewer.role, names: rows.map((row) => row.name) };
    }
    case 'system_admin':
      return { role: reviewer.role, names: [] };
    case 'staff':
    case 'county_coordinator':
      // The route policy refuses them before this is reached.
      throw new Error(`a ${reviewer.role} reviews no part of the access log`);
  }
}
