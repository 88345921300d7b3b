-- Failed sign-ins, counted per subject: a username ('username:<name>', whether or not it exists, so a lock
-- reveals nothing) or a client address ('address:<ip>'). Kept in the database so every instance sees the same
-- count and lock. One row per subject, updated in one statement, so parallel failures cannot lose a count.
CREATE TABLE login_throttles (
  subject text PRIMARY KEY,
  -- Failures since first_failure_at; counting starts again once the window has passed, and a lock resets it to 0.
  failures integer NOT NULL,
  first_failure_at timestamptz NOT NULL,
  locked_until timestamptz
);
-- Finds the rows whose window and lock are both over, so they can be cleared away.
CREATE INDEX login_throttles_first_failure ON login_throttles (first_failure_at);
