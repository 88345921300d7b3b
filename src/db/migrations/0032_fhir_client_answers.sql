-- A FHIR system client (0029) may answer its unit's invitations with a Task update (decision 0038): the same
-- answer command as staff, acting for the one unit the client is bound to. The invitation and the case history
-- then name the client's registration, not a user, so who answered stays on record as for every other answer.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

ALTER TABLE invitations
  ADD COLUMN acknowledged_by_fhir_client uuid REFERENCES fhir_clients (id),
  ADD COLUMN answered_by_fhir_client uuid REFERENCES fhir_clients (id);

-- Exactly one actor per step: a staff user, a person with e-ID (0025), or now a FHIR client.
ALTER TABLE sip_events
  ADD COLUMN actor_fhir_client_id uuid REFERENCES fhir_clients (id),
  DROP CONSTRAINT sip_events_one_actor,
  ADD CONSTRAINT sip_events_one_actor
    CHECK (num_nonnulls(actor_user_id, actor_identity_id, actor_fhir_client_id) = 1);
