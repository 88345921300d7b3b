-- Feedback after a SIP meeting (like the national SIP-kollen): the individual or a relative rates the meeting
-- through a single-use link, without signing in. See docs/decisions/0012-feedback.md. Runs on PostgreSQL 15+ and
-- on PGlite. Forward-only: a later change is a new file.

-- A link offered for a held meeting. Only the SHA-256 of the random token is kept, so the database cannot open
-- the form. No person is named: the meeting tells which SIP, and the convener already knows whom they gave it to.
-- When the token is used, the meeting is cleared and only the day is kept, so a used token points at no meeting
-- and its time of use cannot be matched against an answer.
CREATE TABLE feedback_tokens (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  meeting_id uuid REFERENCES meetings (id),
  convening_unit_id uuid NOT NULL REFERENCES units (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_on date,
  CHECK (expires_at > created_at),
  CHECK ((used_on IS NULL) = (meeting_id IS NOT NULL))
);
CREATE INDEX feedback_tokens_meeting ON feedback_tokens (meeting_id);

-- One answer. Deliberately without person, meeting, token or time of answering: only what statistics need (the
-- convening unit, its organisation, the month of the meeting). The id is random (not time-ordered) for the same
-- reason. A score is null when the person answered "vet ej" (don't know).
CREATE TABLE feedback_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  convening_unit_id uuid NOT NULL REFERENCES units (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  meeting_month date NOT NULL CHECK (extract(day FROM meeting_month) = 1),
  respect smallint CHECK (respect BETWEEN 1 AND 5),
  co_determination smallint CHECK (co_determination BETWEEN 1 AND 5),
  relevance smallint CHECK (relevance BETWEEN 1 AND 5),
  structure smallint CHECK (structure BETWEEN 1 AND 5),
  information smallint CHECK (information BETWEEN 1 AND 5),
  follow_up smallint CHECK (follow_up BETWEEN 1 AND 5),
  free_text text NOT NULL DEFAULT '' CHECK (length(free_text) <= 2000)
);
CREATE INDEX feedback_answers_unit ON feedback_answers (convening_unit_id, meeting_month);
CREATE INDEX feedback_answers_organisation ON feedback_answers (organisation_id, meeting_month);
