-- A deviation may be about a discharge process rather than a SIP: the SIP invitation after discharge is most
-- often late precisely because no SIP was started (lag 2017:612, DOMAIN.md §3), and that lateness must reach the
-- manager all the same. A late invitation from a process with a SIP names both. Runs on PostgreSQL 15+ and on
-- PGlite. Forward-only.
ALTER TABLE deviations ALTER COLUMN sip_id DROP NOT NULL;
ALTER TABLE deviations ADD COLUMN discharge_process_id uuid REFERENCES discharge_processes (id);
ALTER TABLE deviations ADD CONSTRAINT deviations_about_sip_or_discharge
  CHECK (sip_id IS NOT NULL OR discharge_process_id IS NOT NULL);
CREATE INDEX deviations_discharge_process ON deviations (discharge_process_id);
