import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * The next date that matters for a case, in SQL, so the list can show it and filter on it by one rule: the planned
 * meeting while one is planned, else the follow-up date of a case that is not closed. Reads the case as `s`.
 */

/** The start of the case's planned meeting (the earliest, should there be several), or null. */
export function plannedMeetingStart(sipId: Expression<string>): RawBuilder<Date | null> {
  return sql<Date | null>`(
    SELECT min(m.starts_at) FROM meetings m WHERE m.sip_id = ${sipId} AND m.status = 'scheduled'
  )`;
}

/** The follow-up date while it still matters: a closed case has none. */
export const followUpStillDue = sql<
  string | null
>`(CASE WHEN s.phase <> 'closed' THEN s.next_follow_up_on END)`;

/** The next date as a Stockholm calendar day. */
export const nextDay = sql<string | null>`COALESCE(
  stockholm_day(${plannedMeetingStart(sql.ref('s.id'))}), ${followUpStillDue}
)`;
