import { sql, type Kysely } from 'kysely';
import type { DB, Person } from '../../db/schema.js';
import type { IdNumber } from '../../domain/identity/idNumber.js';
import type { AccessLogChoices } from '../../shared/api/accessLog.js';
import type { Actor } from '../sips/actor.js';
import { inReviewScope, reviewUnitsCte } from './reviewScope.js';

/** The most users a reviewer is offered to filter by; more is a search, not a list. */
const choicesMax = 1000;

/**
 * What the reviewer can filter by: the units they review and those that appear in their part of the log, and the
 * users who appear in it. No person of care is named here.
 */
export async function reviewChoices(db: Kysely<DB>, reviewer: Actor): Promise<AccessLogChoices> {
  const units = await sql<AccessLogChoices['units'][number]>`WITH ${reviewUnitsCte(reviewer)}
    SELECT u.id, u.name, o.name AS organisation_name FROM units u JOIN organisations o ON o.id = u.organisation_id
    WHERE u.id IN (SELECT unit_id FROM review_units)
      OR u.id IN (SELECT l.unit_id FROM access_log l WHERE ${inReviewScope('l', reviewer)})
    ORDER BY o.name, u.name LIMIT ${choicesMax}::int`.execute(db);
  const users = await sql<AccessLogChoices['users'][number]>`WITH ${reviewUnitsCte(reviewer)}
    SELECT u.id, u.display_name AS name, u.username FROM users u
    WHERE u.id IN (SELECT l.user_id FROM access_log l WHERE ${inReviewScope('l', reviewer)})
    ORDER BY u.display_name, u.username LIMIT ${choicesMax}::int`.execute(db);
  return { units: units.rows, users: users.rows };
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
  const result = await sql<Person>`WITH ${reviewUnitsCte(reviewer)}
    SELECT p.* FROM persons p
    WHERE p.id_kind = ${id.kind} AND p.id_number = ${id.value}
      AND EXISTS (SELECT 1 FROM access_log l WHERE l.person_id = p.id AND ${inReviewScope('l', reviewer)})`.execute(
    db,
  );
  return result.rows[0];
}
