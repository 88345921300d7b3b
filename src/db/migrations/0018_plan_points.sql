-- The plan's points as the routine and the law ask for them (docs/decisions/0019-plan-rules.md): the individual's
-- acceptance of the coordinator, and the units that took part in writing the plan outside the meeting. Runs on
-- PostgreSQL 15+ and on PGlite. Forward-only.

-- Every stored plan gets the two parts, as not recorded: a plan written before them never said.
UPDATE plans SET content = jsonb_set(content, '{coordinator,acceptedByIndividual}', 'false'::jsonb)
  || jsonb_build_object('writtenWithUnitIds', '[]'::jsonb);
UPDATE plan_versions SET content = jsonb_set(content, '{coordinator,acceptedByIndividual}', 'false'::jsonb)
  || jsonb_build_object('writtenWithUnitIds', '[]'::jsonb);

-- The unit that called a meeting: until now always the SIP's convener; from now also the coordinator, who leads
-- the follow-up once a plan names them.
ALTER TABLE meetings ADD COLUMN organiser_unit_id uuid REFERENCES units (id);
UPDATE meetings m SET organiser_unit_id = s.convening_unit_id FROM sips s WHERE s.id = m.sip_id;
ALTER TABLE meetings ALTER COLUMN organiser_unit_id SET NOT NULL;

-- The units that took part in a held meeting of a SIP: the unit that called it, and every unit recorded present. With the
-- units the plan names as having taken part in its writing, they show that both principals made the plan.
-- A filter on sip_id reaches the meetings by case (meetings_sip), and their invitations by meeting.
CREATE VIEW sip_units_at_meetings AS
SELECT m.sip_id, m.organiser_unit_id AS unit_id
FROM meetings m
WHERE m.status = 'held'
UNION
SELECT m.sip_id, i.unit_id
FROM meetings m JOIN invitations i ON i.meeting_id = m.id
WHERE m.status = 'held' AND i.attendance = 'present';
