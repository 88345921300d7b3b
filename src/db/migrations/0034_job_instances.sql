-- Which server instance ran each job (its INSTANCE_ID, or host name and process id): set with the run's outcome,
-- done or failed, in the same transaction. A job run again after a failure names the instance of its latest run;
-- jobs run before this migration name none.
ALTER TABLE jobs ADD COLUMN ran_by text;
