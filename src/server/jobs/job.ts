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

/**
 * Does a job's work outside any transaction, for work that cannot share one: a backup takes its own snapshot, and
 * on PGlite's single connection it would wait for ever on the transaction that claimed the job. The claim is a
 * lease instead of a lock (runDetachedJob.ts): the job's run_at is moved `leaseSeconds` ahead and committed before
 * the work starts, so other instances pass over it; if this instance dies, another runs the job once the lease is
 * over. The work must therefore be safe to do twice. Throwing schedules a retry, as for every job.
 */
export interface DetachedJobHandler {
  leaseSeconds: number;
  run(db: Kysely<DB>, job: ClaimedJob): Promise<void>;
}

/** The handlers an instance runs, by job kind; jobs of other kinds are left for instances that know them. */
export type JobHandlers = ReadonlyMap<string, JobHandler | DetachedJobHandler>;

/**
 * Looks for work that has fallen due and enqueues a job for it. Every instance runs every sweep, so a sweep must
 * be idempotent: it names each job by a key derived from the work, and a second enqueue of that key is ignored.
 */
export type Sweep = (db: Kysely<DB>, now: Date) => Promise<void>;
