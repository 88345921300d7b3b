-- System clients of the FHIR R4 API (docs/decisions/0038-fhir-r4-api.md): each registered by an administrator,
-- bound to one unit whose view it gets, and granted SMART v2 system scopes. A bearer token is accepted only for a
-- client registered here and not disabled; the unit always comes from here, never from the token.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

CREATE TABLE fhir_clients (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The token's client_id (or azp, else sub) as the county's OAuth server issues it.
  client_id text NOT NULL UNIQUE CHECK (length(client_id) BETWEEN 1 AND 255),
  unit_id uuid NOT NULL REFERENCES units (id),
  -- SMART v2 system scopes, e.g. system/CarePlan.rs, system/Task.u, system/*.rs.
  scopes text[] NOT NULL DEFAULT '{}'
    CHECK (array_position(scopes, NULL) IS NULL AND cardinality(scopes) <= 50),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- A disabled client is kept, so the access log's entries still name it.
  disabled_at timestamptz
);
CREATE INDEX fhir_clients_unit ON fhir_clients (unit_id);

-- The access log names a FHIR client as the actor of its reads: actor kind fhir_client, user_id the fhir_clients
-- id, the bound unit and the role staff. Entry format 3 already hashes the actor kind (0024), and
-- access_log_append_by gives every kind but staff format 3, so only the list of kinds widens; entries written
-- so far keep their hashes and verify as before.
ALTER TABLE access_log
  DROP CONSTRAINT access_log_actor_kind_check,
  ADD CONSTRAINT access_log_actor_kind_check CHECK (actor_kind IN ('staff', 'e_id', 'fhir_client'));
