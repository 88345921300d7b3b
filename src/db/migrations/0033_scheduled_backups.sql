-- The county's scheduled backup: whether Samplan writes a backup of its database each day,
-- from which time of day in Stockholm, and how many of those backups it keeps; and the record of each day's
-- backup, so an administrator sees the last one without reading logs. Runs on PostgreSQL 15+ and on PGlite.
-- Forward-only: a later change is a new file.

-- Off until an administrator turns it on: where the files go (BACKUP_DIR) is the operator's to decide first.
ALTER TABLE county_settings ADD COLUMN scheduled_backups boolean NOT NULL DEFAULT false;
-- Hours and minutes, Europe/Stockholm: the day's backup is written at the first scheduler round after it.
ALTER TABLE county_settings ADD COLUMN backup_time text NOT NULL DEFAULT '02:00'
  CHECK (backup_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
ALTER TABLE county_settings ADD COLUMN backups_kept integer NOT NULL DEFAULT 7 CHECK (backups_kept BETWEEN 1 AND 365);

-- One row per county-local day a scheduled backup was begun: where it went and how it ended. Only the files named
-- here are ever removed to keep the set number, never anything else in the directory.
CREATE TABLE scheduled_backups (
  day date PRIMARY KEY,
  file text NOT NULL,
  started_at timestamptz NOT NULL,
  -- Set when the file is complete; then `bytes` is its size.
  written_at timestamptz,
  bytes bigint CHECK (bytes >= 0),
  -- The latest failed try and what went wrong (no personal data: file-system and database messages).
  failed_at timestamptz,
  error text,
  -- When the file was removed because newer backups fill the number kept.
  removed_at timestamptz
);
