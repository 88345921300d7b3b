import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';

export interface JobRequest {
  kind: string;
  /** Names the work within its kind: enqueueing the same kind and key again leaves the first job as it is. */
  key: string;
  runAt: Date;
  /** Ids and dates the handler needs; never names or identity numbers. */
  payload: Record<string, unknown>;
}

/**
 * Enqueues a job unless one of the same kind and key already exists (whatever its status), and says whether it
 * did. Called inside the transaction of the change that asks for the work, the job exists exactly when the change
 * does.
 */
export async function enqueueJob(db: Kysely<DB>, job: JobRequest): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: uuidv7(),
      kind: job.kind,
      key: job.key,
      runAt: job.runAt,
      payload: JSON.stringify(job.payload),
    })
    .onConflict((conflict) => conflict.columns(['kind', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
