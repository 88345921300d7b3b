-- Discharge from inpatient care (lag 2017:612): one process per admission, from the inpatient unit's admission
-- notice to the SIP invitation the named care contact sends, with the times counties count (ready for discharge
-- → invitation, and the share within the deadline). Runs on PostgreSQL 15+ and on PGlite. Forward-only.
CREATE TABLE discharge_processes (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  inpatient_unit_id uuid NOT NULL REFERENCES units (id),
  -- The receiving units the admission notice goes to; the expected need says whose efforts are foreseen.
  municipality_unit_id uuid NOT NULL REFERENCES units (id),
  primary_care_unit_id uuid NOT NULL REFERENCES units (id),
  expects_municipality_efforts boolean NOT NULL,
  expects_primary_care_efforts boolean NOT NULL,
  CHECK (expects_municipality_efforts OR expects_primary_care_efforts),
  admitted_at timestamptz NOT NULL,
  admission_notice_at timestamptz NOT NULL,
  estimated_discharge_on date,
  ready_at timestamptz,
  -- Stored when ready is declared, with the county's number of days then in force, so a later change of the
  -- setting does not move a deadline already given.
  invitation_last_day date,
  invitation_late_from timestamptz,
  care_contact_unit_id uuid REFERENCES units (id),
  care_contact_user_id uuid REFERENCES users (id),
  sip_id uuid UNIQUE REFERENCES sips (id),
  invited_at timestamptz,
  status text NOT NULL CHECK (status IN ('admitted', 'ready', 'sip_started', 'invited', 'interrupted')),
  interruption_reason text CHECK (interruption_reason IN ('transfer', 'death', 'other')),
  interruption_note text NOT NULL DEFAULT '',
  interrupted_at timestamptz,
  registered_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ready_at IS NULL OR ready_at >= admitted_at),
  CHECK ((ready_at IS NULL) = (invitation_late_from IS NULL)),
  CHECK ((status = 'interrupted') = (interrupted_at IS NOT NULL))
);
CREATE INDEX discharge_processes_inpatient ON discharge_processes (inpatient_unit_id, status);
CREATE INDEX discharge_processes_municipality ON discharge_processes (municipality_unit_id, status);
CREATE INDEX discharge_processes_primary_care ON discharge_processes (primary_care_unit_id, status);
CREATE INDEX discharge_processes_deadline ON discharge_processes (invitation_late_from)
  WHERE status IN ('ready', 'sip_started');

-- One row per step, never changed: the discharge lead times are counted from here.
CREATE TABLE discharge_events (
  id uuid PRIMARY KEY,
  discharge_id uuid NOT NULL REFERENCES discharge_processes (id),
  type text NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid NOT NULL REFERENCES users (id),
  actor_unit_id uuid NOT NULL REFERENCES units (id),
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX discharge_events_process ON discharge_events (discharge_id, occurred_at);

CREATE TRIGGER discharge_events_append_only
  BEFORE UPDATE OR DELETE ON discharge_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
