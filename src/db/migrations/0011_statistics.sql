-- Statistics: facts derived from the case tables, one row per SIP, per held meeting, per recorded attendance and
-- per follow-up, so the dashboards aggregate narrow indexed rows instead of joining the case tables. Each facts
-- table is filled from a view over the case tables; a statement trigger on sip_events refreshes the SIPs an
-- insert touched, in the same transaction as the step (every step appends an event last), and
-- rebuild_statistics_facts() refills everything after a bulk load. Dates are Stockholm calendar days.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only.

CREATE FUNCTION stockholm_day(instant timestamptz) RETURNS date AS $$
  SELECT (instant AT TIME ZONE 'Europe/Stockholm')::date
$$ LANGUAGE sql IMMUTABLE;

-- The SIP as counted: attributed to the unit that convened it when the need was identified (the unit the
-- needIdentified event was made for), with the person's age band and sex on that day.
CREATE VIEW statistics_sip_source AS
SELECT
  s.id AS sip_id,
  u.id AS unit_id,
  u.organisation_id,
  o.kind AS principal,
  u.category AS unit_category,
  s.target_group,
  CASE
    WHEN p.birth_date IS NULL THEN 'unknown'
    WHEN date_part('year', age(n.need_on, p.birth_date)) < 18 THEN '0-17'
    WHEN date_part('year', age(n.need_on, p.birth_date)) < 65 THEN '18-64'
    WHEN date_part('year', age(n.need_on, p.birth_date)) < 80 THEN '65-79'
    ELSE '80+'
  END AS age_band,
  p.sex,
  s.initiator_type,
  n.need_on,
  (SELECT stockholm_day(min(e.occurred_at)) FROM sip_events e
    WHERE e.sip_id = s.id AND e.type = 'recordConsent') AS consent_on,
  (SELECT stockholm_day(min(e.occurred_at)) FROM sip_events e
    WHERE e.sip_id = s.id AND e.type = 'invite') AS invitation_on,
  (SELECT stockholm_day(min(m.starts_at)) FROM meetings m
    WHERE m.sip_id = s.id AND m.status = 'held') AS meeting_on,
  (SELECT stockholm_day(min(e.occurred_at)) FROM sip_events e
    WHERE e.sip_id = s.id AND e.type = 'establishPlan') AS established_on,
  (SELECT stockholm_day(max(e.occurred_at)) FROM sip_events e
    WHERE e.sip_id = s.id AND e.type = 'close') AS closed_on,
  -- A declined consent ends the need as surely as a closure does, with its own reason.
  CASE WHEN s.phase = 'consent_declined' THEN 'consent_declined' ELSE s.closure_reason END AS closure_reason,
  (SELECT stockholm_day(min(e.occurred_at)) FROM sip_events e
    WHERE e.sip_id = s.id AND e.type = 'declineConsent') AS declined_on,
  CASE WHEN s.phase = 'plan_established' THEN s.next_follow_up_on END AS follow_up_due_on,
  EXISTS (SELECT 1 FROM consents c WHERE c.sip_id = s.id AND c.child_view <> '')
    OR EXISTS (SELECT 1 FROM preparations pr WHERE pr.sip_id = s.id AND pr.child_view <> '') AS child_view_recorded,
  -- A SIP started from a discharge: the process's invitation is the first invitation of this SIP.
  stockholm_day(d.ready_at) AS discharge_ready_on,
  stockholm_day(d.invited_at) AS discharge_invited_on,
  d.invitation_last_day AS discharge_last_day
FROM sips s
JOIN LATERAL (
  SELECT e.actor_unit_id, stockholm_day(e.occurred_at) AS need_on FROM sip_events e
  WHERE e.sip_id = s.id AND e.type = 'needIdentified' ORDER BY e.occurred_at LIMIT 1
) n ON TRUE
JOIN units u ON u.id = coalesce(n.actor_unit_id, s.convening_unit_id)
JOIN organisations o ON o.id = u.organisation_id
JOIN persons p ON p.id = s.person_id
LEFT JOIN discharge_processes d ON d.sip_id = s.id;

CREATE TABLE statistics_sip_facts (
  sip_id uuid PRIMARY KEY REFERENCES sips (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  principal text NOT NULL,
  unit_category text NOT NULL,
  target_group text NOT NULL,
  age_band text NOT NULL,
  sex text,
  initiator_type text NOT NULL,
  need_on date NOT NULL,
  consent_on date,
  invitation_on date,
  meeting_on date,
  established_on date,
  closed_on date,
  closure_reason text,
  declined_on date,
  follow_up_due_on date,
  child_view_recorded boolean NOT NULL,
  discharge_ready_on date,
  discharge_invited_on date,
  discharge_last_day date
);
CREATE INDEX statistics_sip_facts_need ON statistics_sip_facts (need_on);
CREATE INDEX statistics_sip_facts_unit ON statistics_sip_facts (unit_id, need_on);
CREATE INDEX statistics_sip_facts_organisation ON statistics_sip_facts (organisation_id, need_on);

-- Held meetings, counted for the SIP's unit as above, on the day they started.
CREATE VIEW statistics_meeting_source AS
SELECT m.id AS meeting_id, f.sip_id, f.unit_id, f.organisation_id, f.principal, f.target_group, f.age_band, f.sex,
  stockholm_day(m.starts_at) AS held_on, coalesce(m.individual_present, false) AS individual_present,
  coalesce(m.relatives_present, false) AS relatives_present
FROM meetings m JOIN statistics_sip_source f ON f.sip_id = m.sip_id
WHERE m.status = 'held';

CREATE TABLE statistics_meeting_facts (
  meeting_id uuid PRIMARY KEY REFERENCES meetings (id),
  sip_id uuid NOT NULL REFERENCES sips (id),
  unit_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  principal text NOT NULL,
  target_group text NOT NULL,
  age_band text NOT NULL,
  sex text,
  held_on date NOT NULL,
  individual_present boolean NOT NULL,
  relatives_present boolean NOT NULL
);
CREATE INDEX statistics_meeting_facts_sip ON statistics_meeting_facts (sip_id);
CREATE INDEX statistics_meeting_facts_held ON statistics_meeting_facts (held_on);
CREATE INDEX statistics_meeting_facts_unit ON statistics_meeting_facts (unit_id, held_on);

-- Recorded attendance, counted for the invited unit (the one that came or stayed away).
CREATE VIEW statistics_attendance_source AS
SELECT i.id AS invitation_id, i.sip_id, u.id AS unit_id, u.organisation_id, o.kind AS principal,
  f.target_group, f.age_band, f.sex, stockholm_day(m.starts_at) AS held_on, i.obliged, i.attendance
FROM invitations i
JOIN meetings m ON m.id = i.meeting_id
JOIN units u ON u.id = i.unit_id
JOIN organisations o ON o.id = u.organisation_id
JOIN statistics_sip_source f ON f.sip_id = i.sip_id
WHERE i.attendance IS NOT NULL AND i.status <> 'forwarded';

CREATE TABLE statistics_attendance_facts (
  invitation_id uuid PRIMARY KEY REFERENCES invitations (id),
  sip_id uuid NOT NULL REFERENCES sips (id),
  unit_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  principal text NOT NULL,
  target_group text NOT NULL,
  age_band text NOT NULL,
  sex text,
  held_on date NOT NULL,
  obliged boolean NOT NULL,
  attendance text NOT NULL
);
CREATE INDEX statistics_attendance_facts_sip ON statistics_attendance_facts (sip_id);
CREATE INDEX statistics_attendance_facts_held ON statistics_attendance_facts (held_on);
CREATE INDEX statistics_attendance_facts_unit ON statistics_attendance_facts (unit_id, held_on);

-- Follow-ups, each with the date then in force: the one the previous follow-up set, or the established plan's.
CREATE VIEW statistics_follow_up_source AS
SELECT fu.id AS follow_up_id, f.sip_id, f.unit_id, f.organisation_id, f.principal, f.target_group, f.age_band,
  f.sex, fu.held_on,
  coalesce(
    lag(fu.next_date) OVER (PARTITION BY fu.sip_id ORDER BY fu.recorded_at, fu.id),
    (SELECT (pv.content ->> 'followUpDate')::date FROM plan_versions pv WHERE pv.sip_id = fu.sip_id AND pv.version = 1)
  ) AS due_on
FROM follow_ups fu JOIN statistics_sip_source f ON f.sip_id = fu.sip_id;

CREATE TABLE statistics_follow_up_facts (
  follow_up_id uuid PRIMARY KEY REFERENCES follow_ups (id),
  sip_id uuid NOT NULL REFERENCES sips (id),
  unit_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  principal text NOT NULL,
  target_group text NOT NULL,
  age_band text NOT NULL,
  sex text,
  held_on date NOT NULL,
  due_on date
);
CREATE INDEX statistics_follow_up_facts_sip ON statistics_follow_up_facts (sip_id);
CREATE INDEX statistics_follow_up_facts_held ON statistics_follow_up_facts (held_on);

CREATE FUNCTION refresh_statistics_facts(sip_ids uuid[]) RETURNS void AS $$
BEGIN
  DELETE FROM statistics_follow_up_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_attendance_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_meeting_facts WHERE sip_id = ANY (sip_ids);
  DELETE FROM statistics_sip_facts WHERE sip_id = ANY (sip_ids);
  INSERT INTO statistics_sip_facts SELECT * FROM statistics_sip_source WHERE sip_id = ANY (sip_ids);
  INSERT INTO statistics_meeting_facts SELECT * FROM statistics_meeting_source WHERE sip_id = ANY (sip_ids);
  INSERT INTO statistics_attendance_facts SELECT * FROM statistics_attendance_source WHERE sip_id = ANY (sip_ids);
  INSERT INTO statistics_follow_up_facts SELECT * FROM statistics_follow_up_source WHERE sip_id = ANY (sip_ids);
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION rebuild_statistics_facts() RETURNS void AS $$
BEGIN
  DELETE FROM statistics_follow_up_facts;
  DELETE FROM statistics_attendance_facts;
  DELETE FROM statistics_meeting_facts;
  DELETE FROM statistics_sip_facts;
  INSERT INTO statistics_sip_facts SELECT * FROM statistics_sip_source;
  INSERT INTO statistics_meeting_facts SELECT * FROM statistics_meeting_source;
  INSERT INTO statistics_attendance_facts SELECT * FROM statistics_attendance_source;
  INSERT INTO statistics_follow_up_facts SELECT * FROM statistics_follow_up_source;
END;
$$ LANGUAGE plpgsql;

-- Once per statement, so a bulk insert of events refreshes each SIP it touched once.
CREATE FUNCTION refresh_statistics_after_events() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_statistics_facts(ARRAY(SELECT DISTINCT sip_id FROM new_events));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER sip_events_statistics
  AFTER INSERT ON sip_events
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION refresh_statistics_after_events();
