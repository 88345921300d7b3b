-- Notices to the individual and the guardians (issue 14, decision 0035): by e-mail, and by SMS where a mobile number
-- was given, through the same outbox and delivery loop as the mail to staff. Runs on PostgreSQL 15+ and on PGlite.
-- Forward-only.

-- One notice per event the people of a case are told about. It names the case, meeting and plan version by id
-- only: the message built from it is a link to Samplan and nothing more. `dedupe_key` makes a repeated notice (a
-- reminder sweep run twice, a retried transaction) a no-op.
CREATE TABLE person_notices (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN (
    'meeting_invitation', 'meeting_moved', 'meeting_cancelled', 'plan_to_approve', 'meeting_reminder',
    'approval_reminder'
  )),
  sip_id uuid NOT NULL REFERENCES sips (id),
  meeting_id uuid REFERENCES meetings (id),
  plan_version integer,
  dedupe_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_notices_sip ON person_notices (sip_id, created_at);

-- The outbox carries messages to people who are not staff users too: a person notice's message (composed by the
-- delivery loop, which knows Samplan's public address), or a message composed by the caller (a guest's
-- invitation). An SMS is a row with channel 'sms', `to_address` its number and no subject.
ALTER TABLE mail_outbox ALTER COLUMN notice_id DROP NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN person_notice_id uuid REFERENCES person_notices (id);
ALTER TABLE mail_outbox ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'));
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_has_content
  CHECK (notice_id IS NOT NULL OR person_notice_id IS NOT NULL OR text_body IS NOT NULL);
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_one_notice
  CHECK (notice_id IS NULL OR person_notice_id IS NULL);
-- A staff notice is mailed once per address (the old unique key); so is a person notice, per channel.
CREATE UNIQUE INDEX mail_outbox_person_notice ON mail_outbox (person_notice_id, channel, to_address)
  WHERE person_notice_id IS NOT NULL;

-- The reminder sweep looks for versions established a week or two ago and not approved, every round on every
-- instance: this keeps that a short index range however many versions the county has.
CREATE INDEX plan_versions_awaiting_approval ON plan_versions (created_at) WHERE approved_at IS NULL;
