import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { ClaimedJob, DetachedJobHandler } from './job.js';
import type { RetryPolicy } from './retry.js';
import { recordFailure, type JobRun } from './runNextJob.js';

/** A job claimed by a lease: its run_at as this instance set it, which stays so while the lease is this one's. */
export interface LeasedJob extends ClaimedJob {
  leasedUntil: Date;
}

/**
 * Moves a locked job's run_at to the end of its lease. Committed before the work starts, this is the claim: other
 * instances see the job as not yet due, and see it due again only if this instance never comes back to it.
 */
export async function leaseJob(
  trx: Transaction<DB>,
  job: ClaimedJob,
  handler: DetachedJobHandler,
): Promise<LeasedJob> {
  const { runAt } = await trx
    .updateTable('jobs')
    // To the millisecond, as a Date holds it, so the run can compare it exactly afterwards.
    .set({
      runAt: sql<Date>`date_trunc('milliseconds', now() + make_interval(secs => ${handler.leaseSeconds}))`,
    })
    .where('id', '=', job.id)
    .returning('runAt')
    .executeTakeFirstOrThrow();
  return { ...job, leasedUntil: runAt };
}

/**
 * Runs a leased job's work outside any transaction, then records the outcome under the row's lock — but only while
 * the lease is still this instance's: a run that outlasted its lease, and so may have been taken over, leaves the
 * record to the instance that holds the job now.
 */
export async function runDetachedJob(
  db: Kysely<DB>,
  job: LeasedJob,
  handler: DetachedJobHandler,
  retry: RetryPolicy,
  instance: string,
): Promise<JobRun> {
  let failure: { error: unknown } | null = null;
  try {
    await handler.run(db, job);
  } catch (error) {
    failure = { error };
  }
  return inTransaction(db, async (trx) => {
    const held = await trx
      .selectFrom('jobs')
      .select('id')
      .where('id', '=', job.id)
      .where('status', '=', 'pending')
      .where('runAt', '=', job.leasedUntil)
      .forUpdate()
      .executeTakeFirst();
    if (failure) {
      const outcome = held ? await recordFailure(trx, job, failure.error, retry, instance) : 'retry';
      return { outcome, job, error: failure.error };
    }
    if (held)
      await trx
        .updateTable('jobs')
        .set({ status: 'done', doneAt: sql<Date>`now()`, ranBy: instance })
        .where('id', '=', job.id)
        .execute();
    return { outcome: 'done', job };
  });
}
