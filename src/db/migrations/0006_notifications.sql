-- Notices to units and users, the mail outbox that carries them by e-mail, users' choice of which notices they want
-- by e-mail, and the cancellation of a meeting. Runs on PostgreSQL 15+ and on PGlite. Forward-only.

-- One notice per event worth telling a unit about. `dedupe_key` makes a repeated notice (a reminder sweep run twice,
-- a retried transaction) a no-op. `data` holds only what the mail needs and is not personal: the meeting's time,
-- form and sequence as they were when the notice was given, a plan version.
CREATE TABLE notices (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN (
    'invitation_new', 'invitation_unanswered', 'meeting_changed', 'meeting_cancelled', 'meeting_tomorrow',
    'plan_established', 'plan_changed', 'follow_up_due', 'follow_up_overdue', 'consent_expiring',
    'deviation_assigned', 'discharge_invitation_due'
  )),
  unit_id uuid NOT NULL REFERENCES units (id),
  -- Users named as recipients besides the unit (e.g. the managers a deviation is assigned to).
  user_ids jsonb NOT NULL DEFAULT '[]',
  sip_id uuid REFERENCES sips (id),
  meeting_id uuid REFERENCES meetings (id),
  -- No foreign key: deviations are a later migration's table.
  deviation_id uuid,
  dedupe_key text NOT NULL UNIQUE,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notices_unit ON notices (unit_id, created_at);

-- One mail per recipient address per notice. Subject and text are composed by the delivery loop (which knows the
-- public address of Samplan) and kept, so a retry sends the same mail. Without SMTP the mail stays here as 'local'.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  notice_id uuid NOT NULL REFERENCES notices (id),
  to_address text NOT NULL,
  subject text,
  text_body text,
  html_body text,
  ical text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'local')),
  attempts integer NOT NULL DEFAULT 0,
  -- When the row may next be claimed; a claim moves it ahead, so a crashed sender's rows return after a while.
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text NOT NULL DEFAULT '',
  sent_at timestamptz,
  message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (notice_id, to_address)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);

-- A user's own choice per notice kind; without a row the kind's default holds (src/server/notifications).
CREATE TABLE notification_preferences (
  user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL,
  email boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind)
);

-- A meeting can be cancelled, with a reason; the case can then be invited to a new meeting.
ALTER TABLE meetings DROP CONSTRAINT meetings_status_check;
ALTER TABLE meetings ADD CONSTRAINT meetings_status_check CHECK (status IN ('scheduled', 'held', 'cancelled'));
ALTER TABLE meetings ADD COLUMN cancelled_at timestamptz;
ALTER TABLE meetings ADD COLUMN cancelled_by uuid REFERENCES users (id);
ALTER TABLE meetings ADD COLUMN cancel_reason text NOT NULL DEFAULT '';
