-- The access log: one entry per read or write of personal data (who, which unit, when, what, why), hash-chained
-- so that a changed, removed or reordered entry is detected (`samplan verify-audit`). See docs/decisions/0004.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

CREATE TABLE access_log (
  -- Assigned by the writer under a lock (src/server/audit/accessLog.ts), never by a sequence: a sequence leaves
  -- gaps on rollback, and a gap must mean a removed entry.
  seq bigint PRIMARY KEY CHECK (seq > 0),
  id uuid NOT NULL UNIQUE,
  -- Made in the app with millisecond precision and hashed as such, so it must round-trip exactly.
  occurred_at timestamptz NOT NULL CHECK (occurred_at = date_trunc('milliseconds', occurred_at)),
  user_id uuid NOT NULL REFERENCES users (id),
  unit_id uuid REFERENCES units (id),
  role text NOT NULL,
  -- Free text ('read_case', 'write_plan', 'reveal_identity' …): new kinds of access need no migration.
  action text NOT NULL,
  -- No foreign keys to persons and sips: the log must outlive the thinning out of the records it speaks of.
  person_id uuid,
  sip_id uuid,
  client_address text NOT NULL,
  reason text NOT NULL DEFAULT '',
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
-- Review queries: by time, and by user, person, case or unit within a period.
CREATE INDEX access_log_occurred ON access_log (occurred_at);
CREATE INDEX access_log_user ON access_log (user_id, occurred_at);
CREATE INDEX access_log_person ON access_log (person_id, occurred_at) WHERE person_id IS NOT NULL;
CREATE INDEX access_log_sip ON access_log (sip_id, occurred_at) WHERE sip_id IS NOT NULL;
CREATE INDEX access_log_unit ON access_log (unit_id, occurred_at) WHERE unit_id IS NOT NULL;

-- One row per retention run, never changed: the seq and hash of the last entry it removed, so the remaining chain
-- is verified from there instead of from the genesis hash. The latest anchor (highest seq) is the one in force.
CREATE TABLE access_log_anchor (
  seq bigint PRIMARY KEY,
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  -- Entries older than this were due for removal.
  cut timestamptz NOT NULL,
  pruned_count bigint NOT NULL CHECK (pruned_count >= 0),
  pruned_at timestamptz NOT NULL DEFAULT now()
);

-- An anchor may only be written by a retention run, only forwards, and only for an entry that exists with that
-- hash: so an anchor cannot be made up to hide entries that were never pruned.
CREATE FUNCTION access_log_anchor_check() RETURNS trigger AS $$
BEGIN
  IF current_setting('samplan.audit_prune', true) IS DISTINCT FROM 'on' THEN
    RAISE EXCEPTION 'access_log_anchor: an anchor is written only by retention pruning';
  END IF;
  IF EXISTS (SELECT 1 FROM access_log_anchor WHERE seq >= NEW.seq) THEN
    RAISE EXCEPTION 'access_log_anchor: anchor % is not after the latest anchor', NEW.seq;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM access_log WHERE seq = NEW.seq AND hash = NEW.hash) THEN
    RAISE EXCEPTION 'access_log_anchor: no access log entry % with that hash', NEW.seq;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_anchor_insert
  BEFORE INSERT ON access_log_anchor
  FOR EACH ROW EXECUTE FUNCTION access_log_anchor_check();
CREATE TRIGGER access_log_anchor_append_only
  BEFORE UPDATE OR DELETE ON access_log_anchor
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER access_log_anchor_no_truncate
  BEFORE TRUNCATE ON access_log_anchor
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();

-- Append-only, with one exception: retention. A transaction that declared itself a prune
-- (SET LOCAL samplan.audit_prune = 'on') and first recorded an anchor may delete the entries that anchor covers,
-- and only those older than its cut. Anything else — any UPDATE, any other DELETE — is refused.
CREATE FUNCTION access_log_guard() RETURNS trigger AS $$
DECLARE
  anchor record;
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('samplan.audit_prune', true) = 'on' THEN
    SELECT seq, cut INTO anchor FROM access_log_anchor ORDER BY seq DESC LIMIT 1;
    IF FOUND AND OLD.seq <= anchor.seq AND OLD.occurred_at < anchor.cut THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'access_log: entry % is not covered by a pruning anchor or is not older than its cut', OLD.seq;
  END IF;
  RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_append_only
  BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_guard();
-- Row triggers do not fire on TRUNCATE.
CREATE TRIGGER access_log_no_truncate
  BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
