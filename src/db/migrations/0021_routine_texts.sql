-- Guidance in the tool (docs/decisions/0020-step-guidance.md): the county's own routine text for each step of a
-- SIP and for discharge, written by the system administrator in Markdown. Every edit is a new version with who
-- wrote it and when; the current text is the step's highest version, and earlier ones stay readable. The law's
-- wording is not here: it is the same in every county and ships with the code (src/domain/guidance/lawText.ts).
-- And the first-time guide: when a user said they need it no more. Runs on PostgreSQL 15+ and on PGlite.
-- Forward-only: a later change is a new file.
CREATE TABLE routine_text_versions (
  -- The steps of src/shared/guidance.ts.
  step text NOT NULL CHECK (
    step IN ('need', 'consent', 'preparation', 'meeting', 'plan', 'followUp', 'closing', 'discharge')
  ),
  -- 1 for a step's first text, then one more for each edit: an edit names the version it started from, so two
  -- administrators editing at once cannot overwrite each other unseen.
  version integer NOT NULL CHECK (version >= 1),
  -- Empty when the administrator removed the text; the limit is routineTextMaxLength.
  markdown text NOT NULL CHECK (char_length(markdown) <= 20000),
  written_by uuid NOT NULL REFERENCES users (id),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (step, version)
);

-- Null until the user closes the first-time guide on the start page; until then it is shown.
ALTER TABLE users ADD COLUMN first_guide_done_at timestamptz;
