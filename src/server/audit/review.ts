import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { TIME_ZONE } from '../../domain/time/stockholm.js';
import type { AccessLogFilter, UnusualPattern, UnusualSummary } from '../../shared/api/accessLog.js';
import type { Actor } from '../sips/actor.js';
import type { ActorKind } from '../../shared/api/accessLogFields.js';
import { inReviewScope, reviewUnitsCte } from './reviewScope.js';
import { outsideWorkingHours, personsInWindow, unitNotTakingPart } from './unusualPatterns.js';

/** One access-log entry as the review reads it, with the names it needs and its unusual patterns. */
export interface ReviewedEntry {
  id: string;
  occurredAt: Date;
  actorKind: ActorKind;
  /** The staff user, or the e_id_identities id of an e-ID actor. */
  userId: string;
  /** The user's display name, or the name the e-ID gave; empty for an actor no longer on file. */
  userName: string;
  /** Empty for an e-ID actor, who has none. */
  username: string;
  unitId: string | null;
  unitName: string | null;
  /** A staff role, or an e-ID actor's relation to the case (individual, guardian, child, guest). */
  role: string;
  action: string;
  personId: string | null;
  givenName: string | null;
  familyName: string | null;
  idKind: 'personnummer' | 'samordningsnummer' | 'reservnummer' | null;
  idNumber: string | null;
  protectedIdentity: boolean | null;
  sipId: string | null;
  caseNumber: string | null;
  clientAddress: string;
  reason: string;
  unusual: UnusualPattern[];
}

interface FlaggedRow extends Omit<ReviewedEntry, 'unusual'> {
  manyPersons: boolean;
  outsideWorkingHours: boolean;
  unitNotTakingPart: boolean;
}

const day = (value: string) => sql`((${value}::date)::timestamp AT TIME ZONE ${sql.lit(TIME_ZONE)})`;

/**
 * The filters as conditions on entry `l`; each narrows, none widens the reviewer's scope. The case number is the
 * one the route normalised (SIP-2026-00042), matched exactly against the unique column.
 */
function filterConditions(filter: AccessLogFilter): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  // An unknown case number makes the condition NULL, so it finds nothing, as one outside the scope does.
  if (filter.caseNumber)
    conditions.push(
      sql<SqlBool>`l.sip_id = (SELECT s.id FROM sips s WHERE s.case_number = ${filter.caseNumber})`,
    );
  if (filter.person) conditions.push(sql<SqlBool>`l.person_id = ${filter.person}::uuid`);
  if (filter.user) conditions.push(sql<SqlBool>`l.user_id = ${filter.user}::uuid AND l.actor_kind = 'staff'`);
  if (filter.unit) conditions.push(sql<SqlBool>`l.unit_id = ${filter.unit}::uuid`);
  if (filter.action) conditions.push(sql<SqlBool>`l.action = ${filter.action}`);
  if (filter.from) conditions.push(sql<SqlBool>`l.occurred_at >= ${day(filter.from)}`);
  // The whole of the last day: up to the next day's midnight in Stockholm.
  if (filter.to) conditions.push(sql<SqlBool>`l.occurred_at < ${day(filter.to)} + interval '1 day'`);
  return conditions;
}

const unusualColumn: Record<UnusualPattern, string> = {
  many_persons: 'many_persons',
  outside_working_hours: 'outside_working_hours',
  unit_not_taking_part: 'unit_not_taking_part',
};

function unusualCondition(filter: AccessLogFilter): RawBuilder<SqlBool> {
  if (!filter.unusual) return sql<SqlBool>`TRUE`;
  if (filter.unusual === 'any')
    return sql<SqlBool>`(f.many_persons OR f.outside_working_hours OR f.unit_not_taking_part)`;
  return sql<SqlBool>`f.${sql.raw(unusualColumn[filter.unusual])}`;
}

/**
 * `WITH review_units …, flagged AS (…)`: the entries in the reviewer's scope that match the filters, each with
 * its unusual patterns. Every review query starts from it, so scope and filters are applied in one place.
 */
function flaggedEntries(reviewer: Actor, filter: AccessLogFilter): RawBuilder<unknown> {
  const where = sql.join([inReviewScope('l', reviewer), ...filterConditions(filter)], sql` AND `);
  return sql`WITH ${reviewUnitsCte(reviewer)},
    scoped AS (
      SELECT l.chain, l.seq, l.id, l.occurred_at, l.actor_kind, l.user_id, l.unit_id, l.role, l.action, l.person_id, l.sip_id,
        l.client_address, l.reason,
        ${personsInWindow('l', reviewer, filter.windowMinutes)} AS persons_in_window,
        ${outsideWorkingHours('l')} AS outside_working_hours,
        ${unitNotTakingPart('l')} AS unit_not_taking_part
      FROM access_log l
      WHERE ${where}
    ),
    flagged AS (
      SELECT scoped.*, coalesce(persons_in_window >= ${filter.manyPersons}::int, FALSE) AS many_persons
      FROM scoped
    )`;
}

/**
 * A page of entries, newest first. Time comes from the database's clock, one for every app instance; entries of
 * the same millisecond are ordered by chain and, within a chain, by seq, which keeps one transaction's entries
 * (always in one chain) in the order they were made.
 */
export async function reviewEntries(
  db: Kysely<DB>,
  reviewer: Actor,
  filter: AccessLogFilter,
  page: { limit: number; offset: number },
): Promise<ReviewedEntry[]> {
  const result = await sql<FlaggedRow>`${flaggedEntries(reviewer, filter)}
    SELECT f.id, f.occurred_at, f.actor_kind, f.user_id,
      coalesce(u.display_name, e.name, fc.name, '') AS user_name, coalesce(u.username, fc.client_id, '') AS username,
      f.unit_id,
      un.name AS unit_name, f.role, f.action, f.person_id, p.given_name, p.family_name, p.id_kind, p.id_number,
      p.protected_identity, f.sip_id, s.case_number, f.client_address, f.reason,
      f.many_persons, f.outside_working_hours, f.unit_not_taking_part
    FROM flagged f
    -- The actor by their kind: the log keeps no foreign key, so one no longer on file is still listed.
    LEFT JOIN users u ON f.actor_kind = 'staff' AND u.id = f.user_id
    LEFT JOIN e_id_identities e ON f.actor_kind = 'e_id' AND e.id = f.user_id
    LEFT JOIN fhir_clients fc ON f.actor_kind = 'fhir_client' AND fc.id = f.user_id
    LEFT JOIN units un ON un.id = f.unit_id
    LEFT JOIN persons p ON p.id = f.person_id
    LEFT JOIN sips s ON s.id = f.sip_id
    WHERE ${unusualCondition(filter)}
    ORDER BY f.occurred_at DESC, f.chain DESC, f.seq DESC
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`.execute(db);
  return result.rows.map(({ manyPersons, outsideWorkingHours, unitNotTakingPart, ...row }) => ({
    ...row,
    occurredAt: new Date(row.occurredAt),
    unusual: [
      ...(manyPersons ? (['many_persons'] as const) : []),
      ...(outsideWorkingHours ? (['outside_working_hours'] as const) : []),
      ...(unitNotTakingPart ? (['unit_not_taking_part'] as const) : []),
    ],
  }));
}

interface SummaryRow {
  total: number | string;
  manyPersons: number | string;
  outsideWorkingHours: number | string;
  unitNotTakingPart: number | string;
}

interface BurstRow {
  userId: string;
  userName: string;
  username: string;
  entries: number | string;
  mostPersons: number | string;
  firstAt: Date | string;
}

/** How many entries match, how many show each unusual pattern, and who reached many persons in a short time. */
export async function summariseUnusual(
  db: Kysely<DB>,
  reviewer: Actor,
  filter: AccessLogFilter,
): Promise<UnusualSummary> {
  const counts = await sql<SummaryRow>`${flaggedEntries(reviewer, filter)}
    SELECT count(*) AS total,
      count(*) FILTER (WHERE f.many_persons) AS many_persons,
      count(*) FILTER (WHERE f.outside_working_hours) AS outside_working_hours,
      count(*) FILTER (WHERE f.unit_not_taking_part) AS unit_not_taking_part
    FROM flagged f WHERE ${unusualCondition(filter)}`.execute(db);
  const bursts = await sql<BurstRow>`${flaggedEntries(reviewer, filter)}
    SELECT f.user_id, u.display_name AS user_name, u.username, count(*) AS entries,
      max(f.persons_in_window) AS most_persons, min(f.occurred_at) AS first_at
    FROM flagged f JOIN users u ON u.id = f.user_id
    WHERE f.many_persons AND ${unusualCondition(filter)}
    GROUP BY f.user_id, u.display_name, u.username
    ORDER BY most_persons DESC, first_at
    LIMIT 50`.execute(db);
  const row = counts.rows[0]!;
  return {
    total: Number(row.total),
    manyPersons: Number(row.manyPersons),
    outsideWorkingHours: Number(row.outsideWorkingHours),
    unitNotTakingPart: Number(row.unitNotTakingPart),
    manyPersonsUsers: bursts.rows.map((burst) => ({
      user: { id: burst.userId, name: burst.userName, username: burst.username },
      entries: Number(burst.entries),
      mostPersons: Number(burst.mostPersons),
      firstAt: new Date(burst.firstAt).toISOString(),
    })),
  };
}
