import { sqlDraw, sqlHashes } from './random.js';

/**
 * The life of each generated SIP, told as one row per case in a temporary table (`gen_story`) from which the
 * case's rows in every table are then written. All draws come from `sqlDraw`, so a case's story depends only on
 * the seed and its index.
 *
 * Lead times follow what counties report: consent within days of the need, the invitation a week or so later,
 * the meeting some weeks after that, the plan at the meeting, the first follow-up three to six months on. A
 * discharge case is started when the patient is ready and mostly invited within the three days the law allows.
 * A timestamp after the reference time has not happened yet, so the case stands in the phase it had reached.
 * Dates are read in the session's time zone, which the caller sets to Europe/Stockholm.
 */

/** Birth dates over a hundred years, times the serial numbers 001–999 (000 is not issued): the personnummer slots. */
const BIRTH_DAYS = 36_525;
const PERSON_SLOTS = BIRTH_DAYS * 999;
/**
 * A prime that does not divide the slot count (3⁴·5²·37·487): slot = (index · A + offset) mod slots gives every
 * person of a run a different personnummer without looking any up.
 */
const SLOT_MULTIPLIER = 1_000_003;

export interface StoryBatch {
  seed: number;
  asOf: string;
  /** Case indexes [from, to) of this run. */
  from: number;
  to: number;
  /** Persons already in the database when the run began: the person index starts after them. */
  personOffset: number;
  areas: number;
}

/** How many random numbers a case's story draws (r(1) … r(32)). */
const DRAWS = 33;

const exponential = (r: string, mean: number) => `(-ln(1 - ${r}) * ${mean})`;

export function storySql({ seed, asOf, from, to, personOffset, areas }: StoryBatch): string {
  const r = sqlDraw;
  const at = `'${asOf}'::timestamptz`;
  const slotOffset = seed % PERSON_SLOTS;
  const cut = (expression: string) => `CASE WHEN ${expression} <= ${at} THEN ${expression} END`;
  // Each step is MATERIALIZED: inlined, every use of a column would repeat the whole chain of draws before it.
  return `
CREATE TEMP TABLE gen_story ON COMMIT DROP AS
WITH hashed AS MATERIALIZED (
  SELECT b.i, ${sqlHashes(seed, 'b.i', DRAWS)} FROM generate_series(${from}, ${to - 1}) AS b(i)
), base AS MATERIALIZED (
  SELECT b.i,
    ((${personOffset}::bigint + b.i) * ${SLOT_MULTIPLIER} + ${slotOffset}) % ${PERSON_SLOTS} AS slot,
    floor(${r(1)} * ${areas})::int AS area,
    ${r(2)} AS r_group, ${r(3)} AS r_swap, ${r(4)} AS r_other, ${r(5)} AS r_fate, ${r(6)} AS r_stage,
    ${r(7)} AS r_reason, ${r(8)} AS r_follow, ${r(9)} AS r_answer, ${r(10)} AS r_attend, ${r(11)} AS r_misc,
    ${r(12)} AS r_name, ${r(13)} AS r_initiator, ${r(24)} AS r_other_answer, ${r(25)} AS r_present,
    ${r(26)} AS r_feedback, ${r(27)} AS r_respect, ${r(28)} AS r_co_determination, ${r(29)} AS r_relevance,
    ${r(30)} AS r_structure, ${r(31)} AS r_information, ${r(32)} AS r_follow_up,
    date_trunc('day', ${at} - ${r(14)} * interval '1095 days') + (8 + ${r(15)} * 9) * interval '1 hour' AS t_need,
    ${exponential(r(16), 6)} AS lag_consent, ${exponential(r(17), 7)} AS lag_invite,
    ${exponential(r(18), 14)} AS lag_meeting, 90 + ${r(19)} * 90 AS follow_interval,
    120 + ${r(20)} * 780 AS lag_close, 3 + ${r(21)} * 25 AS lag_stop,
    CASE WHEN ${r(22)} < 0.85 THEN 0.6 + ${r(23)} * 2.3 ELSE 3 + ${r(23)} * 6 END AS lag_discharge
  FROM hashed AS b
), person AS MATERIALIZED (
  SELECT base.*,
    (${at}::date - 1 - (slot % ${BIRTH_DAYS})::int) AS birth_date,
    (slot / ${BIRTH_DAYS})::int + 1 AS serial
  FROM base
), aged AS MATERIALIZED (
  SELECT person.*, date_part('year', age(${at}::date, birth_date))::int AS age FROM person
), grouped AS MATERIALIZED (
  SELECT aged.*,
    CASE
      WHEN age < 18 THEN CASE WHEN r_group < 0.48 THEN 'children_disability'
        WHEN r_group < 0.94 THEN 'children_psychosocial' ELSE 'other' END
      WHEN age < 65 THEN CASE WHEN r_group < 0.5 THEN 'mental_illness' WHEN r_group < 0.8 THEN 'substance_abuse'
        WHEN r_group < 0.9 THEN 'discharge' ELSE 'other' END
      ELSE CASE WHEN r_group < 0.55 THEN 'elderly_multimorbid' WHEN r_group < 0.95 THEN 'discharge' ELSE 'other' END
    END AS target_group
  FROM aged
), keyed AS MATERIALIZED (
  SELECT grouped.*,
    CASE target_group WHEN 'children_disability' THEN 'hab' WHEN 'children_psychosocial' THEN 'bup'
      WHEN 'mental_illness' THEN 'psyk' WHEN 'substance_abuse' THEN 'ifo' WHEN 'other' THEN 'ifo' ELSE 'vc' END
      AS first_key,
    CASE target_group WHEN 'children_disability' THEN 'lss' WHEN 'children_psychosocial' THEN 'ifo'
      WHEN 'mental_illness' THEN 'socpsyk' WHEN 'substance_abuse' THEN 'psyk' WHEN 'other' THEN 'vc' ELSE 'home' END
      AS second_key,
    CASE WHEN r_other >= 0.4 THEN NULL
      WHEN target_group IN ('children_disability', 'children_psychosocial') THEN 'school'
      WHEN target_group IN ('mental_illness', 'substance_abuse', 'other') THEN 'fk' END AS other_key,
    -- Fate: declined consent, ended before a plan, consent withdrawn after it, or the ordinary course.
    CASE WHEN r_fate < 0.05 THEN 'declined' WHEN r_fate < 0.13 THEN 'stopped' WHEN r_fate < 0.16 THEN 'withdrawn'
      ELSE 'ordinary' END AS fate
  FROM grouped
), planned AS MATERIALIZED (
  SELECT keyed.*,
    -- The named care contact in primary care convenes after discharge; otherwise either principal may.
    CASE WHEN target_group <> 'discharge' AND r_swap < 0.5 THEN second_key ELSE first_key END AS convener_key,
    CASE WHEN target_group <> 'discharge' AND r_swap < 0.5 THEN first_key ELSE second_key END AS partner_key,
    CASE WHEN target_group = 'discharge' THEN t_need - interval '6 hours' END AS t_ready,
    CASE WHEN target_group = 'discharge' THEN t_need + (2 + r_misc * 8) * interval '1 hour'
      ELSE t_need + (1 + lag_consent) * interval '1 day' END AS p_consent,
    CASE WHEN fate = 'stopped' THEN CASE WHEN r_stage < 0.4 THEN 'need' WHEN r_stage < 0.7 THEN 'preparation'
      ELSE 'meeting' END END AS stop_stage
  FROM keyed
), timed AS MATERIALIZED (
  SELECT planned.*,
    CASE WHEN fate = 'declined' OR stop_stage = 'need' OR stop_stage = 'preparation' THEN NULL
      WHEN target_group = 'discharge' THEN greatest(t_ready + lag_discharge * interval '1 day', p_consent + interval '1 hour')
      ELSE p_consent + (1 + lag_invite) * interval '1 day' END AS p_invite
  FROM planned
), timed2 AS MATERIALIZED (
  SELECT timed.*,
    date_trunc('hour', p_invite + (7 + lag_meeting) * interval '1 day') + interval '1 hour' AS p_meeting
  FROM timed
), timed3 AS MATERIALIZED (
  SELECT timed2.*,
    CASE WHEN stop_stage IS NULL AND p_meeting IS NOT NULL THEN p_meeting + interval '100 minutes' END AS p_plan,
    CASE fate
      WHEN 'declined' THEN CASE WHEN r_stage < 0.6 THEN p_consent + lag_stop * interval '1 day' END
      WHEN 'stopped' THEN CASE stop_stage WHEN 'need' THEN t_need + lag_stop * interval '1 day'
        WHEN 'preparation' THEN p_consent + lag_stop * interval '1 day'
        ELSE p_meeting + lag_stop * interval '1 day' END
    END AS p_close_early
  FROM timed2
), timed4 AS MATERIALIZED (
  SELECT timed3.*,
    CASE WHEN fate = 'withdrawn' THEN p_plan + (30 + lag_close / 3) * interval '1 day' END AS p_pause,
    (p_plan::date + follow_interval::int) AS follow_due
  FROM timed3
), timed5 AS MATERIALIZED (
  SELECT timed4.*,
    -- Most follow-ups are held by the date set, some weeks late, some not at all.
    CASE WHEN r_follow < 0.72 THEN follow_due - (r_misc * 7)::int WHEN r_follow < 0.87 THEN follow_due + 5 + (r_misc * 35)::int
      END AS p_follow_on,
    CASE WHEN p_close_early IS NOT NULL THEN p_close_early
      WHEN fate = 'withdrawn' AND r_stage < 0.5 THEN p_pause + lag_stop * interval '1 day'
      WHEN fate = 'ordinary' AND p_plan IS NOT NULL AND r_stage < 0.55 THEN p_plan + lag_close * interval '1 day'
    END AS p_close
  FROM timed4
), reached AS MATERIALIZED (
  SELECT timed5.*,
    CASE WHEN stop_stage = 'need' THEN NULL ELSE ${cut('p_consent')} END AS consent_at,
    ${cut('p_invite')} AS invite_at,
    -- A meeting counts as held once it has ended and attendance is recorded.
    CASE WHEN p_meeting + interval '90 minutes' <= ${at} THEN p_meeting END AS meeting_at,
    ${cut('p_plan')} AS plan_at,
    CASE WHEN p_follow_on IS NOT NULL AND p_follow_on + time '10:00' <= ${at}
      AND (p_pause IS NULL OR p_follow_on + time '10:00' < p_pause)
      AND (p_close IS NULL OR p_follow_on + time '10:00' < p_close) THEN p_follow_on END AS follow_on,
    ${cut('p_pause')} AS pause_at,
    ${cut('p_close')} AS close_at,
    -- A few invited units never answer, and are then absent without notice.
    CASE WHEN r_answer < 0.98 THEN p_invite + (4 + r_misc * 100) * interval '1 hour' END AS p_partner_answer,
    CASE WHEN r_answer < 0.93 THEN 'accepted' ELSE 'declined' END AS partner_answer,
    CASE WHEN r_attend < 0.05 THEN 'absent_without_notice' WHEN r_attend < 0.09 THEN 'absent_with_notice'
      ELSE 'present' END AS partner_attendance
  FROM timed5
)
SELECT reached.*,
  ${cut('p_partner_answer')} AS partner_answer_at,
  -- The phase before closing, which the closing event names.
  CASE WHEN pause_at IS NOT NULL THEN 'paused' WHEN plan_at IS NOT NULL THEN 'plan_established'
    WHEN meeting_at IS NOT NULL THEN 'meeting_held'
    WHEN invite_at IS NOT NULL THEN 'invitation'
    WHEN fate = 'declined' AND consent_at IS NOT NULL THEN 'consent_declined'
    WHEN consent_at IS NOT NULL THEN 'preparation' ELSE 'need_identified' END AS open_phase
FROM reached`;
}
