-- Deviations (avvikelser, DOMAIN.md §3): an obliged party absent without notice, an invitation sent late, a
-- follow-up missed, disagreement about who is responsible. Routed to the concerned unit's manager and, when not
-- solved there, escalated along the path the county configures. Runs on PostgreSQL 15+ and on PGlite.
-- Forward-only: a later change is a new file.

-- The county's escalation path after the local level (the unit's own manager), in order: e.g. the interface group,
-- then the county collaboration group. Each level is handled by a unit, so a group is registered as a unit and
-- its members hold commissions there.
CREATE TABLE escalation_levels (
  level integer PRIMARY KEY CHECK (level BETWEEN 1 AND 10),
  name_sv text NOT NULL CHECK (length(name_sv) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  unit_id uuid NOT NULL REFERENCES units (id)
);

-- Every change of the county settings and the escalation path: who, when, and the settings before and after.
CREATE TABLE county_settings_changes (
  id uuid PRIMARY KEY,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid NOT NULL REFERENCES users (id),
  before jsonb NOT NULL,
  after jsonb NOT NULL
);
CREATE INDEX county_settings_changes_time ON county_settings_changes (changed_at);

CREATE TABLE deviations (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('absent_without_notice', 'invitation_late', 'follow_up_overdue',
    'disagreement_on_responsibility', 'other')),
  sip_id uuid NOT NULL REFERENCES sips (id),
  -- The unit the deviation concerns (the one absent, late, or whose responsibility is disputed).
  unit_id uuid NOT NULL REFERENCES units (id),
  -- Who reported it; both null when Samplan raised it itself.
  reported_by uuid REFERENCES users (id),
  reported_by_unit_id uuid REFERENCES units (id),
  -- Who must act now: the concerned unit's manager at level 0, the level's unit after an escalation.
  routed_unit_id uuid NOT NULL REFERENCES units (id),
  escalation_level integer NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 10),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled', 'escalated', 'closed')),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  resolution text NOT NULL DEFAULT '' CHECK (length(resolution) <= 4000),
  -- Automatic deviations are raised once per occurrence: a second raise with the same key changes nothing.
  dedupe_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK ((reported_by IS NULL) = (reported_by_unit_id IS NULL)),
  CHECK (reported_by IS NOT NULL OR dedupe_key IS NOT NULL),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (status <> 'closed' OR resolution <> '')
);
CREATE INDEX deviations_routed ON deviations (routed_unit_id, status);
CREATE INDEX deviations_unit ON deviations (unit_id, status);
CREATE INDEX deviations_reporter_unit ON deviations (reported_by_unit_id);
CREATE INDEX deviations_sip ON deviations (sip_id);

-- One row per status change, never changed: who did what, at which level, routed where, and their note.
CREATE TABLE deviation_history (
  id uuid PRIMARY KEY,
  deviation_id uuid NOT NULL REFERENCES deviations (id),
  from_status text CHECK (from_status IN ('open', 'handled', 'escalated', 'closed')),
  to_status text NOT NULL CHECK (to_status IN ('open', 'handled', 'escalated', 'closed')),
  escalation_level integer NOT NULL,
  routed_unit_id uuid NOT NULL REFERENCES units (id),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  -- Null when Samplan raised the deviation itself.
  actor_user_id uuid REFERENCES users (id),
  actor_unit_id uuid REFERENCES units (id),
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deviation_history_deviation ON deviation_history (deviation_id, occurred_at);
CREATE INDEX deviation_history_routed ON deviation_history (routed_unit_id);

CREATE TRIGGER deviation_history_append_only
  BEFORE UPDATE OR DELETE ON deviation_history
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();

CREATE TRIGGER county_settings_changes_append_only
  BEFORE UPDATE OR DELETE ON county_settings_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
