import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB, Person } from '../../db/schema.js';
import type { IdNumber } from '../../domain/identity/idNumber.js';
import type { AccessLogChoice, AccessLogChoices, AccessLogFilter } from '../../shared/api/accessLog.js';
import { accessLogChoicesMax, type AccessLogChoiceKind } from '../../shared/api/accessLogFields.js';
import type { Actor } from '../sips/actor.js';
import { inReviewScope, reviewUnitsCte } from './reviewScope.js';

/**
 * What a reviewer can look up to filter the log by — users and units by name, persons by identity number, cases
 * by case number — and only within their part of the log: a reviewer learns nothing of a user, unit, person or
 * case outside it, not even that it exists. No person of care is ever named by a look-up by name.
 */

/**
 * Some entry in the reviewer's part of the log has this `column` equal to `value`; for `user_id`, an entry by
 * staff, as an e-ID actor's id is no user's.
 */
function inLoggedEntry(
  column: 'user_id' | 'unit_id' | 'person_id' | 'sip_id',
  value: RawBuilder<unknown>,
  reviewer: Actor,
) {
  const byStaff = column === 'user_id' ? sql`AND l.actor_kind = 'staff'` : sql``;
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM access_log l
    WHERE l.${sql.raw(column)} = ${value} ${byStaff} AND ${inReviewScope('l', reviewer)}
  )`;
}

const userLabel = sql<string>`(u.display_name || ' (' || u.username || ')')`;
const unitLabel = sql<string>`(un.name || ', ' || o.name)`;

/** A user who appears in the reviewer's part of the log, matching `where`, with the label they are picked by. */
function loggedUsers(reviewer: Actor, where: RawBuilder<SqlBool>, limit: number) {
  return sql<AccessLogChoice>`WITH ${reviewUnitsCte(reviewer)}
    SELECT u.id, ${userLabel} AS label FROM users u
    WHERE ${where} AND ${inLoggedEntry('user_id', sql`u.id`, reviewer)}
    ORDER BY label, u.id LIMIT ${limit}::int`;
}

/** A unit the reviewer reviews or that appears in their part of the log, matching `where`. */
function loggedUnits(reviewer: Actor, where: RawBuilder<SqlBool>, limit: number) {
  return sql<AccessLogChoice>`WITH ${reviewUnitsCte(reviewer)}
    SELECT un.id, ${unitLabel} AS label FROM units un JOIN organisations o ON o.id = un.organisation_id
    WHERE ${where}
      AND (un.id IN (SELECT unit_id FROM review_units) OR ${inLoggedEntry('unit_id', sql`un.id`, reviewer)})
    ORDER BY label, un.id LIMIT ${limit}::int`;
}

/** The users or units whose label holds `text`, upper or lower case, a few at a time. */
export async function reviewChoices(
  db: Kysely<DB>,
  reviewer: Actor,
  kind: AccessLogChoiceKind,
  text: string,
): Promise<AccessLogChoices> {
  const holds = (label: RawBuilder<string>) => sql<SqlBool>`strpos(lower(${label}), lower(${text})) > 0`;
  // One more than is listed tells whether there are more.
  const query =
    kind === 'user'
      ? loggedUsers(reviewer, holds(userLabel), accessLogChoicesMax + 1)
      : loggedUnits(reviewer, holds(unitLabel), accessLogChoicesMax + 1);
  const { rows } = await query.execute(db);
  return { choices: rows.slice(0, accessLogChoicesMax), more: rows.length > accessLogChoicesMax };
}

/** What the filters name, each only if it appears in the reviewer's part of the log (see `accessLogResponse`). */
export async function namedInFilter(db: Kysely<DB>, reviewer: Actor, filter: AccessLogFilter) {
  // One after the other: they share the transaction's one connection.
  const one = async <T>(query: RawBuilder<T>) => (await query.execute(db)).rows[0] ?? null;
  const sip = filter.caseNumber
    ? await one(sql<{ id: string; caseNumber: string }>`WITH ${reviewUnitsCte(reviewer)}
        SELECT s.id, s.case_number FROM sips s
        WHERE s.case_number = ${filter.caseNumber} AND ${inLoggedEntry('sip_id', sql`s.id`, reviewer)}`)
    : null;
  const person = filter.person
    ? await one(loggedPerson(reviewer, sql<SqlBool>`p.id = ${filter.person}::uuid`))
    : null;
  const user = filter.user
    ? await one(loggedUsers(reviewer, sql<SqlBool>`u.id = ${filter.user}::uuid`, 1))
    : null;
  const unit = filter.unit
    ? await one(loggedUnits(reviewer, sql<SqlBool>`un.id = ${filter.unit}::uuid`, 1))
    : null;
  return { sip, person, user, unit };
}

function loggedPerson(reviewer: Actor, where: RawBuilder<SqlBool>) {
  return sql<Person>`WITH ${reviewUnitsCte(reviewer)}
    SELECT p.* FROM persons p WHERE ${where} AND ${inLoggedEntry('person_id', sql`p.id`, reviewer)}`;
}

/**
 * The person with this identity number, only if they appear in an entry the reviewer may read: a reviewer learns
 * nothing of persons outside their part of the log.
 */
export async function findLoggedPerson(
  db: Kysely<DB>,
  reviewer: Actor,
  id: IdNumber,
): Promise<Person | undefined> {
  const where = sql<SqlBool>`p.id_kind = ${id.kind} AND p.id_number = ${id.value}`;
  return (await loggedPerson(reviewer, where).execute(db)).rows[0];
}
