import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/**
 * PostgreSQL's answers that mean "two transactions met; run yours again": a serialization failure and a detected
 * deadlock. Nothing of the failed attempt was kept, so running the whole transaction again is always safe.
 */
const retryableCodes = new Set(['40001', '40P01']);

export function isTransactionConflict(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    retryableCodes.has(error.code)
  );
}

/** Tries in all before the conflict is given to the caller (who answers 503, "try again"). */
export const transactionAttempts = 5;

/**
 * Runs `work` in one transaction, and again from the start (after a short random pause, so the two that met do
 * not meet again) when the database gives it up as a conflict with another transaction. `work` must keep its
 * effects inside the transaction, as every store does. Given a transaction, `work` joins it: only the outermost
 * transaction can be run again.
 */
export async function inTransaction<T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isTransactionConflict(error) || attempt >= transactionAttempts) throw error;
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}
