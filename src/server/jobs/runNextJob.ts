import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ClaimedJob, JobHandlers } from './job.js';
import type { RetryPolicy } from './retry.js';
import { leaseJob, runDetachedJob } from './runDetachedJob.js';

export type JobRun =
  | { outcome: 'none' }
  | { outcome: 'done'; job: ClaimedJob }
  | { outcome: 'retry' | 'failed'; job: ClaimedJob; error: unknown };

/**
 * Claims the next due job this instance has a handler for and runs it, all in one transaction:
 *
 * - the row is locked with FOR UPDATE SKIP LOCKED, so other instances pass over it to the next job instead of
 *   waiting or running it too;
 * - the handler writes through the same transaction, and the job is marked done in it, so its effects and its
 *   completion commit together — if the instance dies first, everything rolls back, the lock goes with the
 *   connection and another instance runs the job again from the start;
 * - a handler that throws is rolled back to a savepoint and the failure recorded while the row is still locked, so
 *   no other instance can slip in between the failure and its record.
 *
 * Either outcome names `instance`, the instance running it, so an operator can find the logs of the run.
 */
export async function runNextJob(
  db: Kysely<DB>,
  handlers: JobHandlers,
  retry: RetryPolicy,
  instance: string,
): Promise<JobRun> {
  const kinds = [...handlers.keys()];
  if (kinds.length === 0) return { outcome: 'none' };
  const trx = await db.startTransaction().execute();
  try {
    const job = await trx
      .selectFrom('jobs')
      .select(['id', 'kind', 'key', 'payload', 'attempts'])
      .where('status', '=', 'pending')
      .where('runAt', '<=', sql<Date>`now()`)
      .where('kind', 'in', kinds)
      .orderBy('runAt')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!job) {
      await trx.commit().execute();
      return { outcome: 'none' };
    }
    const handler = handlers.get(job.kind)!;
    if (typeof handler !== 'function') {
      const lease = await leaseJob(trx, job, handler);
      await trx.commit().execute();
      return await runDetachedJob(db, lease, handler, retry, instance);
    }
    const work = await trx.savepoint('job').execute();
    let run: JobRun;
    try {
      await handler(work, job);
      await work.releaseSavepoint('job').execute();
      await trx
        .updateTable('jobs')
        .set({ status: 'done', doneAt: sql<Date>`now()`, ranBy: instance })
        .where('id', '=', job.id)
        .execute();
      run = { outcome: 'done', job };
    } catch (error) {
      await work.rollbackToSavepoint('job').execute();
      run = { outcome: await recordFailure(trx, job, error, retry, instance), job, error };
    }
    await trx.commit().execute();
    return run;
  } catch (error) {
    // The connection may be gone with the transaction; the database has then rolled it back already.
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
}

/** Records a failed run of `job`, whose row the caller has locked, and says whether it will be tried again. */
export async function recordFailure(
  trx: Transaction<DB>,
  job: ClaimedJob,
  error: unknown,
  retry: RetryPolicy,
  instance: string,
): Promise<'retry' | 'failed'> {
  const failures = job.attempts + 1;
  const failed = failures >= retry.maxAttempts;
  await trx
    .updateTable('jobs')
    .set({
      attempts: failures,
      lastError: describe(error),
      ranBy: instance,
      status: failed ? 'failed' : 'pending',
      runAt: failed
        ? sql<Date>`run_at`
        : sql<Date>`now() + make_interval(secs => ${retry.delaySeconds(failures)})`,
    })
    .where('id', '=', job.id)
    .execute();
  return failed ? 'failed' : 'retry';
}

/**
 * What an operator needs to find the fault. Handlers work on ids; messages from the database name constraints
 * and columns, not values (those are in `detail`, which is left out).
 */
function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
