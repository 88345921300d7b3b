-- Statistics kept current per SIP in time that does not grow with the database. The facts of 0011 came from
-- views over every SIP, filtered afterwards by the SIPs a step touched; the planner could not push that filter
-- through the window of the follow-ups or into the contributions, so one step's refresh read the whole database
-- (seconds at 50,000 SIPs). Here each source is a function of the SIP ids that starts from those SIPs and reaches
-- every other row through an index, and a step's refresh moves the facts, the rollup and the pairs of 0013 by
-- the difference between what the SIPs counted and what they count now. The rebuild writes the facts through the
-- same functions, a batch of SIPs at a time, and counts the rollups from them in one pass, so the step's path
-- and the bulk path share one definition of each fact. See docs/decisions/0014-statistics-per-sip.md.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only.

DROP TRIGGER sip_events_statistics ON sip_events;
DROP FUNCTION refresh_statistics_after_events();
DROP FUNCTION refresh_statistics_facts(uuid[]);
DROP FUNCTION rebuild_statistics_facts();
DROP FUNCTION rebuild_statistics_rollup();
DROP FUNCTION refresh_statistics_case_facts(uuid[]);
DROP FUNCTION rebuild_statistics_case_facts();
DROP VIEW statistics_source_contributions;
DROP VIEW statistics_contributions;
DROP VIEW statistics_participation_source;
DROP VIEW statistics_follow_up_source;
DROP VIEW statistics_attendance_source;
DROP VIEW statistics_meeting_source;
DROP VIEW statistics_sip_source;

-- The SIP as counted: attributed to the unit that convened it when the need was identified (the unit the first
-- needIdentified event was made for), with the person's age band and sex on that day. The case's events are read
-- once, through sip_events_sip; a SIP without a needIdentified event is not counted.
CREATE FUNCTION statistics_sip_source(sip_ids uuid[]) RETURNS SETOF statistics_sip_facts AS $$
  SELECT
    s.id,
    u.id,
    u.organisation_id,
    o.kind,
    u.category,
    s.target_group,
    CASE
      WHEN p.birth_date IS NULL THEN 'unknown'
      WHEN date_part('year', age(e.need_on, p.birth_date)) < 18 THEN '0-17'
      WHEN date_part('year', age(e.need_on, p.birth_date)) < 65 THEN '18-64'
      WHEN date_part('year', age(e.need_on, p.birth_date)) < 80 THEN '65-79'
      ELSE '80+'
    END,
    p.sex,
    s.initiator_type,
    e.need_on,
    e.consent_on,
    e.invitation_on,
    (SELECT stockholm_day(min(m.starts_at)) FROM meetings m WHERE m.sip_id = s.id AND m.status = 'held'),
    e.established_on,
    e.closed_on,
    -- A declined consent ends the need as surely as a closure does, with its own reason.
    CASE WHEN s.phase = 'consent_declined' THEN 'consent_declined' ELSE s.closure_reason END,
    e.declined_on,
    CASE WHEN s.phase = 'plan_established' THEN s.next_follow_up_on END,
    EXISTS (SELECT 1 FROM consents c WHERE c.sip_id = s.id AND c.child_view <> '')
      OR EXISTS (SELECT 1 FROM preparations pr WHERE pr.sip_id = s.id AND pr.child_view <> ''),
    -- A SIP started from a discharge: the process's invitation is the first invitation of this SIP.
    stockholm_day(d.ready_at),
    stockholm_day(d.invited_at),
    d.invitation_last_day
  FROM sips s
  JOIN LATERAL (
    SELECT
      (array_agg(ev.actor_unit_id ORDER BY ev.occurred_at) FILTER (WHERE ev.type = 'needIdentified'))[1]
        AS need_unit_id,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'needIdentified')) AS need_on,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'recordConsent')) AS consent_on,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'invite')) AS invitation_on,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'establishPlan')) AS established_on,
      stockholm_day(max(ev.occurred_at) FILTER (WHERE ev.type = 'close')) AS closed_on,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'declineConsent')) AS declined_on
    FROM sip_events ev WHERE ev.sip_id = s.id
  ) e ON e.need_on IS NOT NULL
  JOIN units u ON u.id = coalesce(e.need_unit_id, s.convening_unit_id)
  JOIN organisations o ON o.id = u.organisation_id
  JOIN persons p ON p.id = s.person_id
  LEFT JOIN discharge_processes d ON d.sip_id = s.id
  WHERE s.id = ANY (sip_ids)
$$ LANGUAGE sql STABLE;

-- The other facts take the SIP's attribution (unit, target group, age band, sex) from its SIP facts row, so they
-- are read after it is written.

-- Held meetings, on the day they started.
CREATE FUNCTION statistics_meeting_source(sip_ids uuid[]) RETURNS SETOF statistics_meeting_facts AS $$
  SELECT m.id, f.sip_id, f.unit_id, f.organisation_id, f.principal, f.target_group, f.age_band, f.sex,
    stockholm_day(m.starts_at), coalesce(m.individual_present, false), coalesce(m.relatives_present, false)
  FROM statistics_sip_facts f
  JOIN meetings m ON m.sip_id = f.sip_id
  WHERE f.sip_id = ANY (sip_ids) AND m.status = 'held'
$$ LANGUAGE sql STABLE;

-- Recorded attendance, counted for the invited unit (the one that came or stayed away).
CREATE FUNCTION statistics_attendance_source(sip_ids uuid[]) RETURNS SETOF statistics_attendance_facts AS $$
  SELECT i.id, f.sip_id, u.id, u.organisation_id, o.kind, f.target_group, f.age_band, f.sex,
    stockholm_day(m.starts_at), i.obliged, i.attendance
  FROM statistics_sip_facts f
  JOIN meetings m ON m.sip_id = f.sip_id
  JOIN invitations i ON i.meeting_id = m.id
  JOIN units u ON u.id = i.unit_id
  JOIN organisations o ON o.id = u.organisation_id
  WHERE f.sip_id = ANY (sip_ids) AND i.attendance IS NOT NULL AND i.status <> 'forwarded'
$$ LANGUAGE sql STABLE;

-- Follow-ups, each with the date then in force: the one the previous follow-up set, or the established plan's.
CREATE FUNCTION statistics_follow_up_source(sip_ids uuid[]) RETURNS SETOF statistics_follow_up_facts AS $$
  SELECT fu.id, f.sip_id, f.unit_id, f.organisation_id, f.principal, f.target_group, f.age_band, f.sex,
    fu.held_on,
    coalesce(
      lag(fu.next_date) OVER (PARTITION BY fu.sip_id ORDER BY fu.recorded_at, fu.id),
      (SELECT (pv.content ->> 'followUpDate')::date FROM plan_versions pv
        WHERE pv.sip_id = fu.sip_id AND pv.version = 1)
    )
  FROM statistics_sip_facts f
  JOIN follow_ups fu ON fu.sip_id = f.sip_id
  WHERE f.sip_id = ANY (sip_ids)
$$ LANGUAGE sql STABLE;

-- Each SIP's days as counted, and every unit taking part in it now.
CREATE FUNCTION statistics_participation_source(sip_ids uuid[]) RETURNS SETOF statistics_participation_facts AS $$
  SELECT f.sip_id, f.need_on, coalesce(f.closed_on, f.declined_on),
    ARRAY(SELECT DISTINCT p.unit_id FROM sip_participants p WHERE p.sip_id = f.sip_id ORDER BY p.unit_id)
  FROM statistics_sip_facts f
  WHERE f.sip_id = ANY (sip_ids)
$$ LANGUAGE sql STABLE;

-- Every facts row's contributions with its principal, and every pair of units of each SIP's participation; a
-- filter on sip_id reaches each facts table's index by SIP.
CREATE VIEW statistics_contributions AS
SELECT f.sip_id, c.indicator, f.principal, c.day, c.category, c.value, c.hit
FROM statistics_sip_facts f, statistics_sip_contributions(f) c
UNION ALL
SELECT f.sip_id, c.indicator, f.principal, c.day, c.category, c.value, c.hit
FROM statistics_meeting_facts f, statistics_meeting_contributions(f) c
UNION ALL
SELECT f.sip_id, c.indicator, f.principal, c.day, c.category, c.value, c.hit
FROM statistics_attendance_facts f, statistics_attendance_contributions(f) c
UNION ALL
SELECT f.sip_id, c.indicator, f.principal, c.day, c.category, c.value, c.hit
FROM statistics_follow_up_facts f, statistics_follow_up_contributions(f) c;

CREATE VIEW statistics_participation_pairs AS
SELECT f.sip_id, c.first_unit_id, c.second_unit_id, c.month, c.started, c.ended
FROM statistics_participation_facts f, statistics_pair_contributions(f) c;

-- What the SIPs counted before a refresh, kept aside while their facts are rewritten.
CREATE TYPE statistics_contribution AS (
  indicator text, principal text, day date, category text, value integer, hit boolean
);
CREATE TYPE statistics_pair_contribution AS (
  first_unit_id uuid, second_unit_id uuid, month date, started integer, ended integer
);

-- The SIPs' facts as the case tables say now, in place of what they were.
CREATE FUNCTION statistics_write_facts(sip_ids uuid[]) RETURNS void AS $$
BEGIN
  DELETE FROM statistics_participation_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_follow_up_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_attendance_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_meeting_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_sip_facts WHERE sip_id = ANY (sip_ids);
  INSERT INTO statistics_sip_facts SELECT * FROM statistics_sip_source(sip_ids);
  INSERT INTO statistics_meeting_facts SELECT * FROM statistics_meeting_source(sip_ids);
  INSERT INTO statistics_attendance_facts SELECT * FROM statistics_attendance_source(sip_ids);
  INSERT INTO statistics_follow_up_facts SELECT * FROM statistics_follow_up_source(sip_ids);
  INSERT INTO statistics_participation_facts SELECT * FROM statistics_participation_source(sip_ids);
END;
$$ LANGUAGE plpgsql;

/*
 * Brings the SIPs' facts and both rollups up to what the case tables say now. What the SIPs counted before is
 * kept aside, their facts are rewritten, and each rollup moves by new less old in one statement whose rows are
 * written in key order, so concurrent steps on different SIPs that touch the same days wait for each other
 * instead of deadlocking. Every read goes through the SIPs' own rows, so the cost is that of the SIPs, not of
 * the database.
 */
CREATE FUNCTION refresh_statistics_facts(sip_ids uuid[]) RETURNS void AS $$
DECLARE
  counted statistics_contribution[];
  paired statistics_pair_contribution[];
BEGIN
  counted := ARRAY(
    SELECT ROW(c.indicator, c.principal, c.day, c.category, c.value, c.hit)::statistics_contribution
    FROM statistics_contributions c WHERE c.sip_id = ANY (sip_ids));
  paired := ARRAY(
    SELECT ROW(c.first_unit_id, c.second_unit_id, c.month, c.started, c.ended)::statistics_pair_contribution
    FROM statistics_participation_pairs c WHERE c.sip_id = ANY (sip_ids));

  PERFORM statistics_write_facts(sip_ids);

  INSERT INTO statistics_rollup (indicator, principal, day, category, value, n, hits)
  SELECT d.indicator, d.principal, d.day, d.category, d.value, sum(d.sign),
    sum(CASE WHEN d.hit THEN d.sign ELSE 0 END)
  FROM (
    SELECT c.*, -1 AS sign FROM unnest(counted) c
    UNION ALL
    SELECT c.indicator, c.principal, c.day, c.category, c.value, c.hit, 1 AS sign
    FROM statistics_contributions c WHERE c.sip_id = ANY (sip_ids)
  ) d
  GROUP BY d.indicator, d.principal, d.day, d.category, d.value
  HAVING sum(d.sign) <> 0 OR sum(CASE WHEN d.hit THEN d.sign ELSE 0 END) <> 0
  ORDER BY d.indicator, d.principal, d.day, d.category, d.value
  ON CONFLICT (indicator, principal, day, category, value) DO UPDATE
    SET n = statistics_rollup.n + excluded.n, hits = statistics_rollup.hits + excluded.hits;

  INSERT INTO statistics_pair_rollup (first_unit_id, second_unit_id, month, started, ended)
  SELECT d.first_unit_id, d.second_unit_id, d.month, sum(d.sign * d.started), sum(d.sign * d.ended)
  FROM (
    SELECT c.*, -1 AS sign FROM unnest(paired) c
    UNION ALL
    SELECT c.first_unit_id, c.second_unit_id, c.month, c.started, c.ended, 1 AS sign
    FROM statistics_participation_pairs c WHERE c.sip_id = ANY (sip_ids)
  ) d
  GROUP BY d.first_unit_id, d.second_unit_id, d.month
  HAVING sum(d.sign * d.started) <> 0 OR sum(d.sign * d.ended) <> 0
  ORDER BY d.first_unit_id, d.second_unit_id, d.month
  ON CONFLICT (first_unit_id, second_unit_id, month) DO UPDATE
    SET started = statistics_pair_rollup.started + excluded.started,
      ended = statistics_pair_rollup.ended + excluded.ended;
END;
$$ LANGUAGE plpgsql
-- One plan per statement for any number of SIPs (every read is by index either way), made once per connection
-- instead of planned anew for each of a connection's first calls.
SET plan_cache_mode = force_generic_plan;

-- After a bulk load that wrote the case tables directly: the facts of every SIP written a batch at a time, by
-- the same function a step's refresh uses, then both rollups counted from all the facts in one pass, and the
-- feedback answers counted again.
CREATE FUNCTION rebuild_statistics_facts() RETURNS void AS $$
DECLARE
  batch uuid[];
BEGIN
  DELETE FROM statistics_participation_facts;
  DELETE FROM statistics_follow_up_facts;
  DELETE FROM statistics_attendance_facts;
  DELETE FROM statistics_meeting_facts;
  DELETE FROM statistics_sip_facts;
  FOR batch IN
    SELECT array_agg(id) FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 20000 AS part FROM sips) s
    GROUP BY part
  LOOP
    PERFORM statistics_write_facts(batch);
  END LOOP;

  DELETE FROM statistics_rollup;
  INSERT INTO statistics_rollup (indicator, principal, day, category, value, n, hits)
  SELECT indicator, principal, day, category, value, count(*), count(*) FILTER (WHERE hit)
  FROM statistics_contributions
  GROUP BY indicator, principal, day, category, value;
  PERFORM statistics_feedback_rollup_add(ARRAY(SELECT a FROM feedback_answers a), 1);

  DELETE FROM statistics_pair_rollup;
  INSERT INTO statistics_pair_rollup (first_unit_id, second_unit_id, month, started, ended)
  SELECT first_unit_id, second_unit_id, month, sum(started), sum(ended)
  FROM statistics_participation_pairs
  GROUP BY first_unit_id, second_unit_id, month;
END;
$$ LANGUAGE plpgsql;

-- Once per statement, so a bulk insert of events refreshes each SIP it touched once.
CREATE FUNCTION refresh_statistics_after_events() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_statistics_facts(ARRAY(SELECT DISTINCT sip_id FROM new_events ORDER BY sip_id));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER sip_events_statistics
  AFTER INSERT ON sip_events
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION refresh_statistics_after_events();
