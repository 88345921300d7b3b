import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** A job as its handler sees it, claimed by this instance and locked against every other. */
export interface ClaimedJob {
  id: string;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  /** Failed runs before this one. */
  attempts: number;
}

/**
 * Does a job's work inside the transaction that claimed it, so the work and the job's completion commit together.
 * Throwing undoes the work and schedules a retry. Never open another transaction here: what is not written
 * through `trx` is not covered by the exactly-once promise.
 */
export type JobHandler = (trx: Transaction<DB>, job: ClaimedJob) => Promise<void>;

/** The handlers an instance runs, by job kind; jobs of other kinds are left for instances that know them. */
export type JobHandlers = ReadonlyMap<string, JobHandler>;

/**
 * Looks for work that has fallen due and enqueues a job for it. Every instance runs every sweep, so a sweep must
 * be idempotent: it names each job by a key derived from the work, and a second enqueue of that key is ignored.
 */
export type Sweep = (db: Kysely<DB>, now: Date) => Promise<void>;
