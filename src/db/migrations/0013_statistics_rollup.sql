-- Statistics at county scale: the county report reads a rollup of the facts instead of a million facts rows.
-- Each facts row and feedback answer contributes to indicators (what it counts, on which day, in which category,
-- how many days it took or which score it gave, whether it is a hit); the rollup holds, per principal and
-- Stockholm day, how many rows contributed each combination. Counts and shares are sums over the rollup's days;
-- median and 90th percentile are exact from the day values' histogram, mean scores from the scores'. The contributions mirror the definitions in src/server/statistics/
-- indicatorQueries.ts; test/api/statisticsRollup.test.ts holds the two to the same figures.
-- Which units work together: each SIP's units as one array (statistics_participation_facts), and per pair of
-- units and calendar month how many SIPs with both began and ended (statistics_pair_rollup); a period's active
-- SIPs are those begun by its end less those ended before its start, whole months from the pair rollup and the
-- days of the two edge months from the participation facts.
-- Both rollups are kept current in the step's own transaction, with the facts (refresh_statistics_facts), and
-- refilled with them after a bulk load (rebuild_statistics_facts). Runs on PostgreSQL 15+ and on PGlite.

CREATE TABLE statistics_rollup (
  indicator text NOT NULL,
  principal text NOT NULL,
  day date NOT NULL,
  -- A distribution's category; 'ended' for the ends of active SIPs; '' for none.
  category text NOT NULL DEFAULT '',
  -- The days a lead time took, or a feedback answer's score; 0 for other indicators.
  value integer NOT NULL DEFAULT 0,
  n bigint NOT NULL,
  hits bigint NOT NULL,
  PRIMARY KEY (indicator, principal, day, category, value)
);

-- What one SIP facts row counts towards. A row without a day counts towards nothing.
CREATE FUNCTION statistics_sip_contributions(f statistics_sip_facts)
RETURNS TABLE (indicator text, day date, category text, value integer, hit boolean) AS $$
  SELECT c.indicator, c.day, coalesce(c.category, ''), coalesce(c.value, 0), coalesce(c.hit, false)
  FROM (VALUES
    ('sipsInitiated', f.need_on, NULL, NULL::integer, NULL::boolean),
    ('sipsEstablished', f.established_on, NULL, NULL, NULL),
    -- Active in a period: begun by its end, less those that ended before its start.
    ('sipsActive', f.need_on, NULL, NULL, NULL),
    ('sipsActive', coalesce(f.closed_on, f.declined_on), 'ended', NULL, NULL),
    ('sipsClosed', f.closed_on, NULL, NULL, NULL),
    ('needsEndedWithoutPlan',
      CASE WHEN f.established_on IS NULL THEN coalesce(f.closed_on, f.declined_on) END, f.closure_reason, NULL, NULL),
    ('initiatorType', f.need_on, f.initiator_type, NULL, NULL),
    ('convenerProfession', f.need_on, f.unit_category, NULL, NULL),
    ('meetingsWithPlanShare', f.meeting_on, NULL, NULL, f.established_on IS NOT NULL),
    ('leadTimeNeedToConsent', f.consent_on, NULL, f.consent_on - f.need_on, NULL),
    ('leadTimeConsentToInvitation',
      CASE WHEN f.consent_on IS NOT NULL THEN f.invitation_on END, NULL, f.invitation_on - f.consent_on, NULL),
    ('leadTimeInvitationToMeeting',
      CASE WHEN f.invitation_on IS NOT NULL THEN f.meeting_on END, NULL, f.meeting_on - f.invitation_on, NULL),
    ('leadTimeMeetingToPlan',
      CASE WHEN f.meeting_on IS NOT NULL THEN f.established_on END, NULL, f.established_on - f.meeting_on, NULL),
    ('leadTimeNeedToPlan', f.established_on, NULL, f.established_on - f.need_on, NULL),
    ('dischargeReadyToInvitation',
      CASE WHEN f.discharge_ready_on IS NOT NULL THEN f.discharge_invited_on END, NULL,
      f.discharge_invited_on - f.discharge_ready_on, NULL),
    ('dischargeWithinDeadlineShare',
      CASE WHEN f.discharge_ready_on IS NOT NULL THEN f.discharge_invited_on END, NULL, NULL,
      f.discharge_invited_on <= f.discharge_last_day),
    ('plansPastFollowUpDate', f.follow_up_due_on, NULL, NULL, NULL),
    ('childViewRecordedShare',
      CASE WHEN f.age_band = '0-17' THEN f.need_on END, NULL, NULL, f.child_view_recorded)
  ) AS c (indicator, day, category, value, hit)
  WHERE c.day IS NOT NULL
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION statistics_meeting_contributions(f statistics_meeting_facts)
RETURNS TABLE (indicator text, day date, category text, value integer, hit boolean) AS $$
  SELECT c.indicator, f.held_on, '', 0, c.hit
  FROM (VALUES
    ('individualPresentShare', f.individual_present),
    ('relativesPresentShare', f.relatives_present)
  ) AS c (indicator, hit)
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION statistics_attendance_contributions(f statistics_attendance_facts)
RETURNS TABLE (indicator text, day date, category text, value integer, hit boolean) AS $$
  SELECT c.indicator, f.held_on, '', 0, c.hit
  FROM (VALUES
    ('invitedPrincipalAttendance', f.obliged, f.attendance = 'present'),
    ('absencesWithoutNotice', f.attendance = 'absent_without_notice', false)
  ) AS c (indicator, counts, hit)
  WHERE c.counts
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION statistics_follow_up_contributions(f statistics_follow_up_facts)
RETURNS TABLE (indicator text, day date, category text, value integer, hit boolean) AS $$
  SELECT 'followUpsOnTimeShare', f.held_on, '', 0, f.held_on <= f.due_on
  WHERE f.due_on IS NOT NULL
$$ LANGUAGE sql IMMUTABLE;

-- A feedback answer counts towards the score of each question it answered, in the month of its meeting.
CREATE FUNCTION statistics_feedback_contributions(a feedback_answers)
RETURNS TABLE (indicator text, day date, category text, value integer, hit boolean) AS $$
  SELECT c.indicator, a.meeting_month, '', c.score, false
  FROM (VALUES
    ('feedbackRespect', a.respect::integer),
    ('feedbackCoDetermination', a.co_determination::integer),
    ('feedbackRelevance', a.relevance::integer),
    ('feedbackStructure', a.structure::integer),
    ('feedbackInformation', a.information::integer),
    ('feedbackFollowUp', a.follow_up::integer)
  ) AS c (indicator, score)
  WHERE c.score IS NOT NULL
$$ LANGUAGE sql IMMUTABLE;

-- Adds answers to the rollup (direction 1) or takes them away (direction -1), for the principal of the convening
-- organisation; answers are not facts of a SIP (they know none), so their own trigger keeps them counted.
CREATE FUNCTION statistics_feedback_rollup_add(answers feedback_answers[], direction integer) RETURNS void AS $$
  INSERT INTO statistics_rollup (indicator, principal, day, category, value, n, hits)
  SELECT c.indicator, o.kind, c.day, c.category, c.value, direction * count(*), 0
  FROM unnest(answers) a JOIN organisations o ON o.id = a.organisation_id,
    statistics_feedback_contributions(a) c
  GROUP BY c.indicator, o.kind, c.day, c.category, c.value
  ORDER BY c.indicator, o.kind, c.day, c.category, c.value
  ON CONFLICT (indicator, principal, day, category, value) DO UPDATE
    SET n = statistics_rollup.n + excluded.n
$$ LANGUAGE sql;

CREATE FUNCTION statistics_rollup_after_feedback() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM statistics_feedback_rollup_add(ARRAY(SELECT ROW(a.*)::feedback_answers FROM new_answers a), 1);
  ELSE
    PERFORM statistics_feedback_rollup_add(ARRAY(SELECT ROW(a.*)::feedback_answers FROM old_answers a), -1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER feedback_answers_added_to_statistics
  AFTER INSERT ON feedback_answers REFERENCING NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_rollup_after_feedback();
CREATE TRIGGER feedback_answers_removed_from_statistics
  AFTER DELETE ON feedback_answers REFERENCING OLD TABLE AS old_answers
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_rollup_after_feedback();

-- Every facts row's contributions with its principal.
CREATE VIEW statistics_contributions AS
SELECT f.sip_id, f.principal, c.* FROM statistics_sip_facts f, statistics_sip_contributions(f) c
UNION ALL
SELECT f.sip_id, f.principal, c.* FROM statistics_meeting_facts f, statistics_meeting_contributions(f) c
UNION ALL
SELECT f.sip_id, f.principal, c.* FROM statistics_attendance_facts f, statistics_attendance_contributions(f) c
UNION ALL
SELECT f.sip_id, f.principal, c.* FROM statistics_follow_up_facts f, statistics_follow_up_contributions(f) c;

-- The same for the facts the case tables say now, before they are written.
CREATE VIEW statistics_source_contributions AS
SELECT s.sip_id, s.principal, c.*
FROM statistics_sip_source s, statistics_sip_contributions(ROW(s.*)::statistics_sip_facts) c
UNION ALL
SELECT s.sip_id, s.principal, c.*
FROM statistics_meeting_source s, statistics_meeting_contributions(ROW(s.*)::statistics_meeting_facts) c
UNION ALL
SELECT s.sip_id, s.principal, c.*
FROM statistics_attendance_source s, statistics_attendance_contributions(ROW(s.*)::statistics_attendance_facts) c
UNION ALL
SELECT s.sip_id, s.principal, c.*
FROM statistics_follow_up_source s, statistics_follow_up_contributions(ROW(s.*)::statistics_follow_up_facts) c;

CREATE TABLE statistics_participation_facts (
  sip_id uuid PRIMARY KEY REFERENCES sips (id),
  need_on date NOT NULL,
  ended_on date,
  units uuid[] NOT NULL
);
CREATE INDEX statistics_participation_facts_need ON statistics_participation_facts (need_on);
CREATE INDEX statistics_participation_facts_ended ON statistics_participation_facts (ended_on);

-- Read after the SIP facts are written: each SIP's days as counted, and every unit taking part in it now.
CREATE VIEW statistics_participation_source AS
SELECT f.sip_id, f.need_on, coalesce(f.closed_on, f.declined_on) AS ended_on,
  ARRAY(SELECT DISTINCT p.unit_id FROM sip_participants p WHERE p.sip_id = f.sip_id ORDER BY p.unit_id) AS units
FROM statistics_sip_facts f;

CREATE TABLE statistics_pair_rollup (
  first_unit_id uuid NOT NULL,
  second_unit_id uuid NOT NULL,
  month date NOT NULL,
  started bigint NOT NULL,
  ended bigint NOT NULL,
  PRIMARY KEY (first_unit_id, second_unit_id, month)
);

-- Each pair of a SIP's units, once, in the month the SIP began and in the month it ended.
CREATE FUNCTION statistics_pair_contributions(f statistics_participation_facts)
RETURNS TABLE (first_unit_id uuid, second_unit_id uuid, month date, started integer, ended integer) AS $$
  SELECT x.unit_id, y.unit_id, date_trunc('month', e.day)::date, e.started, 1 - e.started
  FROM unnest(f.units) x (unit_id), unnest(f.units) y (unit_id),
    (VALUES (f.need_on, 1), (f.ended_on, 0)) e (day, started)
  WHERE x.unit_id < y.unit_id AND e.day IS NOT NULL
$$ LANGUAGE sql IMMUTABLE;

-- The facts of 0011 are refreshed and rebuilt as before, now as a part of refreshing and rebuilding everything.
ALTER FUNCTION refresh_statistics_facts(uuid[]) RENAME TO refresh_statistics_case_facts;
ALTER FUNCTION rebuild_statistics_facts() RENAME TO rebuild_statistics_case_facts;

CREATE FUNCTION refresh_statistics_facts(sip_ids uuid[]) RETURNS void AS $$
BEGIN
  -- The rollup moves by what the SIPs' facts will be less what they were, in one statement whose rows are
  -- locked in key order, so two steps updating the same days wait for each other instead of deadlocking.
  INSERT INTO statistics_rollup (indicator, principal, day, category, value, n, hits)
  SELECT d.indicator, d.principal, d.day, d.category, d.value, sum(d.sign), sum(CASE WHEN d.hit THEN d.sign ELSE 0 END)
  FROM (
    SELECT c.indicator, c.principal, c.day, c.category, c.value, c.hit, -1 AS sign
    FROM statistics_contributions c WHERE c.sip_id = ANY (sip_ids)
    UNION ALL
    SELECT c.indicator, c.principal, c.day, c.category, c.value, c.hit, 1 AS sign
    FROM statistics_source_contributions c WHERE c.sip_id = ANY (sip_ids)
  ) d
  GROUP BY d.indicator, d.principal, d.day, d.category, d.value
  HAVING sum(d.sign) <> 0 OR sum(CASE WHEN d.hit THEN d.sign ELSE 0 END) <> 0
  ORDER BY d.indicator, d.principal, d.day, d.category, d.value
  ON CONFLICT (indicator, principal, day, category, value) DO UPDATE
    SET n = statistics_rollup.n + excluded.n, hits = statistics_rollup.hits + excluded.hits;

  PERFORM refresh_statistics_case_facts(sip_ids);

  -- The pairs likewise, from the participation as it was and as it is now that the SIP facts are written.
  INSERT INTO statistics_pair_rollup (first_unit_id, second_unit_id, month, started, ended)
  SELECT d.first_unit_id, d.second_unit_id, d.month, sum(d.sign * d.started), sum(d.sign * d.ended)
  FROM (
    SELECT c.*, -1 AS sign
    FROM statistics_participation_facts f, statistics_pair_contributions(f) c WHERE f.sip_id = ANY (sip_ids)
    UNION ALL
    SELECT c.*, 1 AS sign
    FROM statistics_participation_source s,
      statistics_pair_contributions(ROW(s.*)::statistics_participation_facts) c
    WHERE s.sip_id = ANY (sip_ids)
  ) d
  GROUP BY d.first_unit_id, d.second_unit_id, d.month
  HAVING sum(d.sign * d.started) <> 0 OR sum(d.sign * d.ended) <> 0
  ORDER BY d.first_unit_id, d.second_unit_id, d.month
  ON CONFLICT (first_unit_id, second_unit_id, month) DO UPDATE
    SET started = statistics_pair_rollup.started + excluded.started,
      ended = statistics_pair_rollup.ended + excluded.ended;
  DELETE FROM statistics_participation_facts WHERE sip_id = ANY (sip_ids);
  INSERT INTO statistics_participation_facts
    SELECT * FROM statistics_participation_source WHERE sip_id = ANY (sip_ids);
END;
$$ LANGUAGE plpgsql;

-- Refills both rollups, and the participation facts the pairs come from, from the facts of 0011.
CREATE FUNCTION rebuild_statistics_rollup() RETURNS void AS $$
BEGIN
  DELETE FROM statistics_rollup;
  INSERT INTO statistics_rollup (indicator, principal, day, category, value, n, hits)
  SELECT indicator, principal, day, category, value, count(*), count(*) FILTER (WHERE hit)
  FROM statistics_contributions
  GROUP BY indicator, principal, day, category, value;
  PERFORM statistics_feedback_rollup_add(ARRAY(SELECT a FROM feedback_answers a), 1);

  DELETE FROM statistics_participation_facts;
  INSERT INTO statistics_participation_facts SELECT * FROM statistics_participation_source;
  DELETE FROM statistics_pair_rollup;
  INSERT INTO statistics_pair_rollup (first_unit_id, second_unit_id, month, started, ended)
  SELECT c.first_unit_id, c.second_unit_id, c.month, sum(c.started), sum(c.ended)
  FROM statistics_participation_facts f, statistics_pair_contributions(f) c
  GROUP BY c.first_unit_id, c.second_unit_id, c.month;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION rebuild_statistics_facts() RETURNS void AS $$
BEGIN
  PERFORM rebuild_statistics_case_facts();
  PERFORM rebuild_statistics_rollup();
END;
$$ LANGUAGE plpgsql;

SELECT rebuild_statistics_rollup();

-- A unit's or an organisation's report reads its own rows of each facts table.
CREATE INDEX statistics_meeting_facts_organisation ON statistics_meeting_facts (organisation_id, held_on);
CREATE INDEX statistics_attendance_facts_organisation ON statistics_attendance_facts (organisation_id, held_on);
CREATE INDEX statistics_follow_up_facts_unit ON statistics_follow_up_facts (unit_id, held_on);
CREATE INDEX statistics_follow_up_facts_organisation ON statistics_follow_up_facts (organisation_id, held_on);
