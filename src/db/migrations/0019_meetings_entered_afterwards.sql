-- A meeting held without Samplan — on paper while it was down, or at short notice — entered afterwards with its
-- real times and who was there (efterregistrering). Marked, so history, print and statistics can tell it from a
-- meeting called in Samplan. See docs/decisions/0019-plan-rules.md. Runs on PostgreSQL 15+ and on PGlite.
ALTER TABLE meetings ADD COLUMN entered_afterwards boolean NOT NULL DEFAULT false;
