-- Steps the individual takes on their own pages (decision 0035): approving a plan version with e-ID, withdrawing the
-- consent. They are the same steps as staff record, in the same case history, but taken by an e-ID identity and not
-- a staff user, so the history and the consent name that identity instead.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

ALTER TABLE sip_events
  ALTER COLUMN actor_user_id DROP NOT NULL,
  ADD COLUMN actor_identity_id uuid REFERENCES e_id_identities (id),
  ADD CONSTRAINT sip_events_one_actor CHECK ((actor_user_id IS NULL) <> (actor_identity_id IS NULL));

ALTER TABLE consents
  ADD COLUMN withdrawn_by_identity_id uuid REFERENCES e_id_identities (id),
  ADD CONSTRAINT consents_withdrawn_by_one CHECK (withdrawn_by IS NULL OR withdrawn_by_identity_id IS NULL);
