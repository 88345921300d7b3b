import { sql, type RawBuilder } from 'kysely';
import type { IndicatorKey } from '../../shared/api/statistics.js';
import { noTemplate } from '../../shared/api/statisticsNames.js';

/** A period as Stockholm dates, both days included, and the day the figures are counted on. */
export interface Period {
  from: string;
  to: string;
  today: string;
}

export type FactsTable =
  | 'statistics_sip_facts'
  | 'statistics_meeting_facts'
  | 'statistics_attendance_facts'
  | 'statistics_follow_up_facts'
  | 'feedback';

/**
 * Where each table's rows come from. The feedback answers are FEEDBACK's own table, keyed by the convening unit
 * and its organisation and by the meeting's month only; the principal is joined on.
 */
export function factsSource(table: FactsTable): RawBuilder<unknown> {
  if (table !== 'feedback') return sql`${sql.table(table)}`;
  return sql`(
    SELECT a.*, a.convening_unit_id AS unit_id, o.kind AS principal
    FROM feedback_answers a JOIN organisations o ON o.id = a.organisation_id
  ) AS feedback`;
}

/** The tables whose rows carry the SIP's target group, age band and sex, so the report's filters apply. */
export const tablesWithDimensions = (table: FactsTable) => table !== 'feedback';

/**
 * How one indicator is counted over its facts table, as SQL on the table's columns: which rows count in a period
 * (the base), and for a share which of them are hits, for days how many days each one took. A distribution
 * names the column whose values are its categories. These are the written definitions in
 * src/shared/api/statistics.ts turned into SQL; keep the two together.
 */
export interface IndicatorQuery {
  key: IndicatorKey;
  table: FactsTable;
  base: (period: Period) => RawBuilder<boolean>;
  hit?: RawBuilder<boolean>;
  days?: RawBuilder<number>;
  /** For a score: the answer's score, averaged. */
  score?: RawBuilder<number>;
  category?: RawBuilder<string>;
}

const within = (column: string, period: Period) =>
  sql<boolean>`${sql.ref(column)} BETWEEN ${period.from}::date AND ${period.to}::date`;

const endedOn = sql.raw('coalesce(closed_on, declined_on)');

const sipFacts = 'statistics_sip_facts' as const;

/** A SIP facts row active in the period: begun by its end and not ended before its start. */
export const activeIn = (p: Pick<Period, 'from' | 'to'>) =>
  sql<boolean>`need_on <= ${p.to}::date AND (${endedOn} IS NULL OR ${endedOn} >= ${p.from}::date)`;

/**
 * Days from one step to the next, for the SIPs that reached the second step in the period having taken the first
 * (and meeting `also`, when given).
 */
const leadTime = (
  key: IndicatorKey,
  first: string,
  second: string,
  also: RawBuilder<boolean> = sql<boolean>`TRUE`,
): IndicatorQuery => ({
  key,
  table: sipFacts,
  base: (p) => sql<boolean>`${sql.ref(first)} IS NOT NULL AND ${also} AND ${within(second, p)}`,
  days: sql<number>`${sql.ref(second)} - ${sql.ref(first)}`,
});

/**
 * A first meeting held without Samplan and entered afterwards had no invitation in Samplan, and its plan is
 * established when it is entered: the lead times from an invitation and from a meeting leave it out. (The
 * invitation days in the facts are already only those of invitations Samplan sent before any such meeting.)
 */
const notEnteredAfterwards = sql<boolean>`NOT meeting_entered_afterwards`;

/** An answer counts when its meeting's month overlaps the period, as in the feedback results. */
const feedbackScore = (key: IndicatorKey, column: string): IndicatorQuery => ({
  key,
  table: 'feedback',
  base: (p) =>
    sql<boolean>`${sql.ref(column)} IS NOT NULL
      AND meeting_month BETWEEN date_trunc('month', ${p.from}::date)::date AND ${p.to}::date`,
  score: sql<number>`${sql.ref(column)}`,
});

export const indicatorQueries: readonly IndicatorQuery[] = [
  { key: 'sipsInitiated', table: sipFacts, base: (p) => within('need_on', p) },
  { key: 'sipsEstablished', table: sipFacts, base: (p) => within('established_on', p) },
  {
    key: 'sipsActive',
    table: sipFacts,
    base: (p) => activeIn(p),
  },
  { key: 'sipsClosed', table: sipFacts, base: (p) => within('closed_on', p) },
  {
    key: 'needsEndedWithoutPlan',
    table: sipFacts,
    base: (p) =>
      sql<boolean>`established_on IS NULL AND ${endedOn} BETWEEN ${p.from}::date AND ${p.to}::date`,
    category: sql<string>`closure_reason`,
  },
  {
    key: 'initiatorType',
    table: sipFacts,
    base: (p) => within('need_on', p),
    category: sql<string>`initiator_type`,
  },
  {
    key: 'convenerProfession',
    table: sipFacts,
    base: (p) => within('need_on', p),
    category: sql<string>`unit_category`,
  },
  {
    key: 'plansByTemplate',
    table: sipFacts,
    base: (p) => within('established_on', p),
    // The template's id; the report gives each template's name (statisticsNames.ts, noTemplate for none).
    category: sql<string>`coalesce(plan_template_id::text, ${sql.lit(noTemplate)})`,
  },
  {
    key: 'invitedPrincipalAttendance',
    table: 'statistics_attendance_facts',
    base: (p) => sql<boolean>`obliged AND ${within('held_on', p)}`,
    hit: sql<boolean>`attendance = 'present'`,
  },
  {
    key: 'absencesWithoutNotice',
    table: 'statistics_attendance_facts',
    base: (p) => sql<boolean>`attendance = 'absent_without_notice' AND ${within('held_on', p)}`,
  },
  {
    key: 'meetingsWithPlanShare',
    table: sipFacts,
    base: (p) => within('meeting_on', p),
    hit: sql<boolean>`established_on IS NOT NULL`,
  },
  {
    key: 'meetingsEnteredAfterwards',
    table: 'statistics_meeting_facts',
    base: (p) => sql<boolean>`entered_afterwards AND ${within('held_on', p)}`,
  },
  leadTime('leadTimeNeedToConsent', 'need_on', 'consent_on'),
  leadTime('leadTimeConsentToInvitation', 'consent_on', 'invitation_on'),
  leadTime('leadTimeInvitationToMeeting', 'invitation_on', 'meeting_on', notEnteredAfterwards),
  leadTime('leadTimeMeetingToPlan', 'meeting_on', 'established_on', notEnteredAfterwards),
  leadTime('leadTimeNeedToPlan', 'need_on', 'established_on'),
  leadTime('dischargeReadyToInvitation', 'discharge_ready_on', 'discharge_invited_on'),
  {
    key: 'dischargeWithinDeadlineShare',
    table: sipFacts,
    base: (p) => sql<boolean>`discharge_ready_on IS NOT NULL AND ${within('discharge_invited_on', p)}`,
    hit: sql<boolean>`discharge_invited_on <= discharge_last_day`,
  },
  {
    key: 'followUpsOnTimeShare',
    table: 'statistics_follow_up_facts',
    base: (p) => sql<boolean>`due_on IS NOT NULL AND ${within('held_on', p)}`,
    hit: sql<boolean>`held_on <= due_on`,
  },
  {
    key: 'plansPastFollowUpDate',
    table: sipFacts,
    base: (p) => sql<boolean>`follow_up_due_on < least(${p.to}::date, ${p.today}::date)`,
  },
  {
    key: 'individualPresentShare',
    table: 'statistics_meeting_facts',
    base: (p) => within('held_on', p),
    hit: sql<boolean>`individual_present`,
  },
  {
    key: 'relativesPresentShare',
    table: 'statistics_meeting_facts',
    base: (p) => within('held_on', p),
    hit: sql<boolean>`relatives_present`,
  },
  {
    key: 'childViewRecordedShare',
    table: sipFacts,
    base: (p) => sql<boolean>`age_band = '0-17' AND ${within('need_on', p)}`,
    hit: sql<boolean>`child_view_recorded`,
  },
  feedbackScore('feedbackRespect', 'respect'),
  feedbackScore('feedbackCoDetermination', 'co_determination'),
  feedbackScore('feedbackRelevance', 'relevance'),
  feedbackScore('feedbackStructure', 'structure'),
  feedbackScore('feedbackInformation', 'information'),
  feedbackScore('feedbackFollowUp', 'follow_up'),
];
