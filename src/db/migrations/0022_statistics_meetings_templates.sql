-- Statistics that know a meeting entered afterwards and the template a plan was written with.
--
-- A meeting held without Samplan and entered afterwards (0019, efterregistrering) has its real times and
-- attendance, but Samplan neither invited to it nor saw the plan written at it. It is counted as a meeting of its
-- own (meetingsEnteredAfterwards) and as any held meeting for attendance and participation, and left out of the
-- figures it would distort:
-- - the SIP's first invitation is the first one Samplan sent only when no meeting entered afterwards began before
--   it (otherwise the real first invitation went out on paper), for consent → invitation and for the discharge
--   invitation and its deadline;
-- - invitation → meeting and meeting → plan leave out a SIP whose first held meeting was entered afterwards: it
--   had no invitation in Samplan, and its plan, written on paper at the meeting, is established in Samplan when
--   it is entered.
-- A plan established is counted by the template its first version was written with (plansByTemplate, 0020), the
-- template's id as the category ('none' without a template); the report names the templates.
-- The facts are rebuilt at the end, so existing SIPs are counted by the new definitions. See
-- docs/decisions/0014-statistics-per-sip.md. Runs on PostgreSQL 15+ and on PGlite. Forward-only.

ALTER TABLE statistics_sip_facts
  ADD COLUMN meeting_entered_afterwards boolean NOT NULL DEFAULT false,
  ADD COLUMN plan_template_id uuid;
ALTER TABLE statistics_meeting_facts ADD COLUMN entered_afterwards boolean NOT NULL DEFAULT false;

-- As in 0014, with the held meetings read once through meetings_sip for the first one and the first entered
-- afterwards, and the template of the plan's first version.
CREATE OR REPLACE FUNCTION statistics_sip_source(sip_ids uuid[]) RETURNS SETOF statistics_sip_facts AS $$
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
    -- Samplan's first invitation, unless a meeting entered afterwards came before it.
    CASE WHEN e.invited_at < coalesce(h.first_entered_at, 'infinity') THEN stockholm_day(e.invited_at) END,
    stockholm_day(h.first_at),
    e.established_on,
    e.closed_on,
    -- A declined consent ends the need as surely as a closure does, with its own reason.
    CASE WHEN s.phase = 'consent_declined' THEN 'consent_declined' ELSE s.closure_reason END,
    e.declined_on,
    CASE WHEN s.phase = 'plan_established' THEN s.next_follow_up_on END,
    EXISTS (SELECT 1 FROM consents c WHERE c.sip_id = s.id AND c.child_view <> '')
      OR EXISTS (SELECT 1 FROM preparations pr WHERE pr.sip_id = s.id AND pr.child_view <> ''),
    -- A SIP started from a discharge: the process's invitation is the first invitation of this SIP, unless a
    -- meeting entered afterwards came before it.
    stockholm_day(d.ready_at),
    CASE WHEN d.invited_at < coalesce(h.first_entered_at, 'infinity') THEN stockholm_day(d.invited_at) END,
    d.invitation_last_day,
    coalesce(h.first_entered_afterwards, false),
    (SELECT pv.template_id FROM plan_versions pv WHERE pv.sip_id = s.id AND pv.version = 1)
  FROM sips s
  JOIN LATERAL (
    SELECT
      (array_agg(ev.actor_unit_id ORDER BY ev.occurred_at) FILTER (WHERE ev.type = 'needIdentified'))[1]
        AS need_unit_id,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'needIdentified')) AS need_on,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'recordConsent')) AS consent_on,
      min(ev.occurred_at) FILTER (WHERE ev.type = 'invite') AS invited_at,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'establishPlan')) AS established_on,
      stockholm_day(max(ev.occurred_at) FILTER (WHERE ev.type = 'close')) AS closed_on,
      stockholm_day(min(ev.occurred_at) FILTER (WHERE ev.type = 'declineConsent')) AS declined_on
    FROM sip_events ev WHERE ev.sip_id = s.id
  ) e ON e.need_on IS NOT NULL
  CROSS JOIN LATERAL (
    SELECT
      min(m.starts_at) AS first_at,
      (array_agg(m.entered_afterwards ORDER BY m.starts_at, m.id))[1] AS first_entered_afterwards,
      min(m.starts_at) FILTER (WHERE m.entered_afterwards) AS first_entered_at
    FROM meetings m WHERE m.sip_id = s.id AND m.status = 'held'
  ) h
  JOIN units u ON u.id = coalesce(e.need_unit_id, s.convening_unit_id)
  JOIN organisations o ON o.id = u.organisation_id
  JOIN persons p ON p.id = s.person_id
  LEFT JOIN discharge_processes d ON d.sip_id = s.id
  WHERE s.id = ANY (sip_ids)
$$ LANGUAGE sql STABLE;

-- Held meetings, on the day they started, marked when entered afterwards.
CREATE OR REPLACE FUNCTION statistics_meeting_source(sip_ids uuid[]) RETURNS SETOF statistics_meeting_facts AS $$
  SELECT m.id, f.sip_id, f.unit_id, f.organisation_id, f.principal, f.target_group, f.age_band, f.sex,
    stockholm_day(m.starts_at), coalesce(m.individual_present, false), coalesce(m.relatives_present, false),
    m.entered_afterwards
  FROM statistics_sip_facts f
  JOIN meetings m ON m.sip_id = f.sip_id
  WHERE f.sip_id = ANY (sip_ids) AND m.status = 'held'
$$ LANGUAGE sql STABLE;

-- As in 0013, with plans by template, and the lead times from an invitation and from a meeting leaving out a
-- first meeting entered afterwards. Mirrors src/server/statistics/indicatorQueries.ts.
CREATE OR REPLACE FUNCTION statistics_sip_contributions(f statistics_sip_facts)
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
    ('plansByTemplate', f.established_on, coalesce(f.plan_template_id::text, 'none'), NULL, NULL),
    ('meetingsWithPlanShare', f.meeting_on, NULL, NULL, f.established_on IS NOT NULL),
    ('leadTimeNeedToConsent', f.consent_on, NULL, f.consent_on - f.need_on, NULL),
    ('leadTimeConsentToInvitation',
      CASE WHEN f.consent_on IS NOT NULL THEN f.invitation_on END, NULL, f.invitation_on - f.consent_on, NULL),
    ('leadTimeInvitationToMeeting',
      CASE WHEN f.invitation_on IS NOT NULL AND NOT f.meeting_entered_afterwards THEN f.meeting_on END, NULL,
      f.meeting_on - f.invitation_on, NULL),
    ('leadTimeMeetingToPlan',
      CASE WHEN f.meeting_on IS NOT NULL AND NOT f.meeting_entered_afterwards THEN f.established_on END, NULL,
      f.established_on - f.meeting_on, NULL),
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

CREATE OR REPLACE FUNCTION statistics_meeting_contributions(f statistics_meeting_facts)
RETURNS TABLE (indicator text, day date, category text, value integer, hit boolean) AS $$
  SELECT c.indicator, f.held_on, '', 0, c.hit
  FROM (VALUES
    ('individualPresentShare', true, f.individual_present),
    ('relativesPresentShare', true, f.relatives_present),
    ('meetingsEnteredAfterwards', f.entered_afterwards, false)
  ) AS c (indicator, counts, hit)
  WHERE c.counts
$$ LANGUAGE sql IMMUTABLE;

SELECT rebuild_statistics_facts();
