-- Single sign-on by OpenID Connect (docs/decisions/0006): a county's staff identity provider says who signs in and
-- which units they hold a commission in, naming each unit by its HSA id.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

-- The unit's id in the national HSA catalogue; how an identity provider's commissions name the unit. Optional, as
-- not every unit taking part in a SIP (a school, Försäkringskassan) is in the catalogue.
ALTER TABLE units ADD COLUMN hsa_id text UNIQUE CHECK (hsa_id <> '');

-- A user signing in through an identity provider is known by the provider's issuer and subject (`sub`), which
-- never change or get reused, unlike names or e-mail addresses. Local accounts have neither.
ALTER TABLE users ADD COLUMN external_issuer text;
ALTER TABLE users ADD COLUMN external_subject text;
ALTER TABLE users ADD CONSTRAINT users_external_both
  CHECK ((external_issuer IS NULL) = (external_subject IS NULL));
CREATE UNIQUE INDEX users_external ON users (external_issuer, external_subject)
  WHERE external_subject IS NOT NULL;

-- A sign-in started at the identity provider and not yet come back: what the callback must check (PKCE verifier,
-- nonce). Kept in the database so any instance can take the callback; the key is a hash of the state, which the
-- browser carries in a cookie, so a row is no use without that browser. Used once, then deleted.
CREATE TABLE oidc_sign_ins (
  state_hash text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_sign_ins_expires ON oidc_sign_ins (expires_at);
