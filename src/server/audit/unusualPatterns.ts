import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { TIME_ZONE } from '../../domain/time/stockholm.js';
import type { Actor } from '../sips/actor.js';
import { inReviewScope } from './reviewScope.js';

/**
 * Unusual patterns in the access log, as SQL over an entry aliased `alias`, so the database flags them for a
 * whole filtered set at once. Each reads only what the entry itself and the records of its SIP say. They look
 * for staff reaching records beyond their work, and for FHIR clients, which read as their unit's staff would
 * (decision 0038); people signed in with e-ID reach only the cases the person policy relates them to, at any hour,
 * so their entries are never flagged.
 */

/** The review's own entries (see routes/accessLog): a reviewer reads the log, not the case. */
export const reviewActions = ['review_access_log', 'export_access_log'] as const;

/** Working hours in Stockholm: weekdays from 07:00 until 18:00. Public holidays are not known here. */
export const workingHours = { startHour: 7, endHour: 18 } as const;

/**
 * How many distinct persons the entry's user had accessed within `windowMinutes` up to and including this
 * entry, counting only entries the reviewer may see (so a flag never reveals activity outside their scope).
 * Null for an entry about no person or by someone signed in with e-ID. "Up to" is in the review's order — time, then chain and seq — as entries
 * made in the same millisecond share a time (the plain bound on time is kept for the index on user and time).
 */
export function personsInWindow(alias: string, reviewer: Actor, windowMinutes: number): RawBuilder<number> {
  const entry = sql.raw(alias);
  return sql<number>`CASE WHEN ${entry}.person_id IS NULL OR ${entry}.actor_kind = 'e_id' THEN NULL ELSE (
    SELECT count(DISTINCT w.person_id)::int FROM access_log w
    WHERE w.user_id = ${entry}.user_id AND w.actor_kind = ${entry}.actor_kind AND w.person_id IS NOT NULL
      AND w.occurred_at <= ${entry}.occurred_at
      AND (w.occurred_at, w.chain, w.seq) <= (${entry}.occurred_at, ${entry}.chain, ${entry}.seq)
      AND w.occurred_at > ${entry}.occurred_at - ${windowMinutes}::int * interval '1 minute'
      AND ${inReviewScope('w', reviewer)}
  ) END`;
}

/** By staff or a FHIR client before 07:00 or from 18:00 Stockholm time, or on a Saturday or Sunday. */
export function outsideWorkingHours(alias: string): RawBuilder<SqlBool> {
  const local = sql`(${sql.raw(alias)}.occurred_at AT TIME ZONE ${sql.lit(TIME_ZONE)})`;
  return sql<SqlBool>`(${sql.raw(alias)}.actor_kind <> 'e_id' AND (
    extract(hour FROM ${local}) < ${sql.lit(workingHours.startHour)}
    OR extract(hour FROM ${local}) >= ${sql.lit(workingHours.endHour)}
    OR extract(isodow FROM ${local}) >= 6
  ))`;
}

/**
 * The entry is about a SIP that its acting unit did not take part in at the time: the unit does not convene it,
 * and either it has no part in it now and had no open or accepted invitation then (it declined, forwarded, was
 * removed, or never took part), or the consent in force then (the latest recorded before the access) did not
 * cover it — declined, withdrawn, expired or not naming the unit. Reviewing the log about a SIP is not taking
 * part in it, so reviews and exports are left out.
 */
export function unitNotTakingPart(alias: string): RawBuilder<SqlBool> {
  const entry = sql.raw(alias);
  const reviewing = sql.join(reviewActions.map((action) => sql.lit(action)));
  const localDay = sql`(${entry}.occurred_at AT TIME ZONE ${sql.lit(TIME_ZONE)})::date`;
  return sql<SqlBool>`(
    ${entry}.sip_id IS NOT NULL AND ${entry}.unit_id IS NOT NULL AND ${entry}.action NOT IN (${reviewing})
    AND EXISTS (SELECT 1 FROM sips s WHERE s.id = ${entry}.sip_id AND s.convening_unit_id <> ${entry}.unit_id)
    AND NOT EXISTS (
      SELECT 1 FROM sip_participants p
      WHERE p.sip_id = ${entry}.sip_id AND p.unit_id = ${entry}.unit_id AND p.part = 'convener'
    )
    AND (
      (
        NOT EXISTS (
          SELECT 1 FROM sip_participants p WHERE p.sip_id = ${entry}.sip_id AND p.unit_id = ${entry}.unit_id
        )
        AND NOT EXISTS (
          SELECT 1 FROM invitations i
          WHERE i.sip_id = ${entry}.sip_id AND i.unit_id = ${entry}.unit_id AND i.sent_at <= ${entry}.occurred_at
            AND (i.status IN ('sent', 'acknowledged', 'accepted') OR i.answered_at IS NULL
              OR i.answered_at > ${entry}.occurred_at)
        )
      )
      OR NOT EXISTS (
        SELECT 1 FROM consents c
        JOIN consent_scope_units su ON su.consent_id = c.id AND su.unit_id = ${entry}.unit_id
        WHERE c.id = (
            SELECT c2.id FROM consents c2
            WHERE c2.sip_id = ${entry}.sip_id AND c2.recorded_at <= ${entry}.occurred_at
            ORDER BY c2.recorded_at DESC, c2.id DESC LIMIT 1
          )
          AND c.decision = 'given'
          AND (c.withdrawn_at IS NULL OR c.withdrawn_at > ${entry}.occurred_at)
          AND (c.valid_until IS NULL OR c.valid_until >= ${localDay})
      )
    )
  )`;
}
