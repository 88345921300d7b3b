-- Samplan core: organisations and units, users and sessions, persons, and the SIP case with its phases.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('region', 'municipality', 'other')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE units (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  parent_id uuid REFERENCES units (id),
  name text NOT NULL,
  category text NOT NULL,
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX units_organisation ON units (organisation_id);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  title text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  password_hash text,
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A user's commission in a unit (medarbetaruppdrag), with the role they hold there.
CREATE TABLE user_units (
  user_id uuid NOT NULL REFERENCES users (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  role text NOT NULL CHECK (role IN ('staff', 'unit_manager', 'organisation_admin', 'county_coordinator', 'system_admin')),
  PRIMARY KEY (user_id, unit_id)
);
CREATE INDEX user_units_unit ON user_units (unit_id);

-- The id is a hash of the cookie's token, so a read of this table does not hand out live sessions.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  active_unit_id uuid REFERENCES units (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE persons (
  id uuid PRIMARY KEY,
  id_kind text NOT NULL CHECK (id_kind IN ('personnummer', 'samordningsnummer', 'reservnummer')),
  id_number text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date,
  sex text CHECK (sex IN ('female', 'male')),
  protected_identity boolean NOT NULL DEFAULT false,
  address text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id_kind, id_number)
);

CREATE SEQUENCE sip_number_seq;

CREATE TABLE sips (
  id uuid PRIMARY KEY,
  -- A case number people can say on the phone instead of the identity number.
  case_number text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES persons (id),
  convening_unit_id uuid NOT NULL REFERENCES units (id),
  created_by uuid NOT NULL REFERENCES users (id),
  phase text NOT NULL,
  phase_before_pause text,
  initiator_type text NOT NULL CHECK (initiator_type IN ('staff', 'individual', 'relative', 'school', 'other_actor')),
  initiator_unit_id uuid REFERENCES units (id),
  initiator_name text NOT NULL DEFAULT '',
  target_group text NOT NULL,
  need_description text NOT NULL,
  next_follow_up_on date,
  closure_reason text,
  closure_note text NOT NULL DEFAULT '',
  closed_at timestamptz,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sips_person ON sips (person_id);
CREATE INDEX sips_follow_up ON sips (next_follow_up_on) WHERE phase = 'plan_established';

-- Which units take part in a SIP and how: the basis of every scoped list and of access.
CREATE TABLE sip_participants (
  sip_id uuid NOT NULL REFERENCES sips (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  part text NOT NULL CHECK (part IN ('convener', 'invited', 'accepted', 'effort')),
  since timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sip_id, unit_id, part)
);
CREATE INDEX sip_participants_unit ON sip_participants (unit_id, sip_id);

CREATE TABLE consents (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  decision text NOT NULL CHECK (decision IN ('given', 'declined')),
  method text NOT NULL CHECK (method IN ('oral', 'written', 'digital')),
  given_by_name text NOT NULL,
  given_by_relation text NOT NULL CHECK (given_by_relation IN ('individual', 'guardian', 'legal_representative')),
  given_on date NOT NULL,
  valid_until date,
  relatives_may_take_part boolean NOT NULL DEFAULT false,
  guardians jsonb NOT NULL DEFAULT '[]',
  child_view text NOT NULL DEFAULT '',
  consequences_explained boolean NOT NULL DEFAULT false,
  note text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_unit_id uuid NOT NULL REFERENCES units (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id),
  withdrawal_note text NOT NULL DEFAULT ''
);
CREATE INDEX consents_sip ON consents (sip_id, recorded_at);

CREATE TABLE consent_scope_units (
  consent_id uuid NOT NULL REFERENCES consents (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  PRIMARY KEY (consent_id, unit_id)
);

CREATE TABLE preparations (
  sip_id uuid PRIMARY KEY REFERENCES sips (id),
  what_matters text NOT NULL DEFAULT '',
  questions text NOT NULL DEFAULT '',
  child_view text NOT NULL DEFAULT '',
  meeting_form text NOT NULL DEFAULT 'in_person' CHECK (meeting_form IN ('in_person', 'phone', 'video')),
  place text NOT NULL DEFAULT '',
  updated_by uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meetings (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  form text NOT NULL CHECK (form IN ('in_person', 'phone', 'video')),
  place text NOT NULL DEFAULT '',
  -- Counts reschedules; calendar updates carry it.
  sequence integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held')),
  individual_present boolean,
  relatives_present boolean,
  attendance_note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_sip ON meetings (sip_id, created_at);

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  meeting_id uuid NOT NULL REFERENCES meetings (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  -- Units of a principal (region, municipality) must attend; other actors are invited.
  obliged boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('sent', 'acknowledged', 'accepted', 'declined', 'forwarded')),
  message text NOT NULL DEFAULT '',
  sent_at timestamptz NOT NULL DEFAULT now(),
  sent_by uuid NOT NULL REFERENCES users (id),
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users (id),
  answered_at timestamptz,
  answered_by uuid REFERENCES users (id),
  attendees text NOT NULL DEFAULT '',
  decline_reason text NOT NULL DEFAULT '',
  forwarded_from_id uuid REFERENCES invitations (id),
  forward_note text NOT NULL DEFAULT '',
  -- The meeting sequence this unit last saw, so a reschedule shows as news until opened.
  seen_sequence integer NOT NULL DEFAULT 0,
  attendance text CHECK (attendance IN ('present', 'absent_with_notice', 'absent_without_notice'))
);
CREATE INDEX invitations_unit ON invitations (unit_id, status);
CREATE INDEX invitations_meeting ON invitations (meeting_id);
CREATE UNIQUE INDEX invitations_one_per_unit ON invitations (meeting_id, unit_id) WHERE status <> 'forwarded';

-- The working copy of the plan; `revision` grows with every save so a stale save can be refused.
CREATE TABLE plans (
  sip_id uuid PRIMARY KEY REFERENCES sips (id),
  content jsonb NOT NULL,
  revision integer NOT NULL DEFAULT 0,
  established_version integer,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_versions (
  sip_id uuid NOT NULL REFERENCES sips (id),
  version integer NOT NULL,
  content jsonb NOT NULL,
  reason text NOT NULL DEFAULT '',
  author_id uuid NOT NULL REFERENCES users (id),
  author_unit_id uuid NOT NULL REFERENCES units (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_at timestamptz,
  approval_method text CHECK (approval_method IN ('in_meeting', 'oral', 'written', 'digital')),
  approval_note text NOT NULL DEFAULT '',
  approval_recorded_by uuid REFERENCES users (id),
  PRIMARY KEY (sip_id, version)
);

CREATE TABLE follow_ups (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  plan_version integer NOT NULL,
  held_on date NOT NULL,
  items jsonb NOT NULL,
  notes text NOT NULL DEFAULT '',
  problems text NOT NULL DEFAULT '',
  next_date date,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_unit_id uuid NOT NULL REFERENCES units (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX follow_ups_sip ON follow_ups (sip_id, recorded_at);

-- One row per state transition and per act on the case, never changed: lead times are counted from here.
CREATE TABLE sip_events (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  type text NOT NULL,
  from_phase text,
  to_phase text,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid NOT NULL REFERENCES users (id),
  actor_unit_id uuid REFERENCES units (id),
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX sip_events_sip ON sip_events (sip_id, occurred_at);

CREATE FUNCTION refuse_change_of_history() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER sip_events_append_only
  BEFORE UPDATE OR DELETE ON sip_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
