-- The county's own rules: the deadlines and reminder intervals that law and county agreements set (DOMAIN.md §3),
-- kept as data so an administrator can change them without a new release. One row: an installation serves one
-- county. Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.
CREATE TABLE county_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  -- Lag 2017:612: the named care contact invites to a SIP within this many calendar days of "ready for discharge".
  discharge_invitation_days integer NOT NULL DEFAULT 3 CHECK (discharge_invitation_days BETWEEN 1 AND 30),
  -- An invitation still unanswered this many days after it was sent is reminded about.
  invitation_reminder_days integer NOT NULL DEFAULT 3 CHECK (invitation_reminder_days BETWEEN 1 AND 30),
  -- A follow-up is announced this many days before its date.
  follow_up_reminder_days integer NOT NULL DEFAULT 7 CHECK (follow_up_reminder_days BETWEEN 1 AND 60),
  -- A consent about to expire is announced this many days before it does.
  consent_expiry_reminder_days integer NOT NULL DEFAULT 14 CHECK (consent_expiry_reminder_days BETWEEN 1 AND 90),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);
INSERT INTO county_settings (id) VALUES (true);
