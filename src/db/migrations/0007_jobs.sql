-- Work to be done later or in the background, kept in the database so it survives restarts and is shared by every
-- instance: each instance claims due jobs with FOR UPDATE SKIP LOCKED and marks them done in the same transaction
-- as their effects (docs/decisions/0007-jobs.md). Runs on PostgreSQL 15+ and on PGlite. Forward-only.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  -- Which handler runs the job.
  kind text NOT NULL,
  -- Names the job within its kind, so enqueueing the same work twice yields one job (reminders rely on it).
  key text NOT NULL,
  run_at timestamptz NOT NULL,
  -- Ids and dates the handler needs; never names or identity numbers.
  payload jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  -- Failed runs so far; a run that crashed with its instance is not counted, it simply rolls back.
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  UNIQUE (kind, key)
);
-- Only pending jobs are ever looked for, in the order they fall due.
CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'pending';
