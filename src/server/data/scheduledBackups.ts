import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The record of the county's scheduled backups (0033_scheduled_backups.sql): one row per county-local day, written
 * outside the job's transaction as the backup begins and ends, so it tells what happened even when the job's own
 * transaction could not.
 */

/** A day's backup begun (again, after a failed try) into `file`. */
export async function recordBackupStarted(db: Kysely<DB>, day: string, file: string): Promise<void> {
  const row = { file, startedAt: new Date(), writtenAt: null, bytes: null };
  await db
    .insertInto('scheduledBackups')
    .values({ day, ...row })
    .onConflict((conflict) => conflict.column('day').doUpdateSet(row))
    .execute();
}

export async function recordBackupWritten(db: Kysely<DB>, day: string, bytes: number): Promise<void> {
  await db
    .updateTable('scheduledBackups')
    .set({ writtenAt: new Date(), bytes, failedAt: null, error: null })
    .where('day', '=', day)
    .execute();
}

/** The try failed; `error` says what went wrong without naming anyone (file-system and database messages). */
export async function recordBackupFailed(db: Kysely<DB>, day: string, error: string): Promise<void> {
  await db
    .updateTable('scheduledBackups')
    .set({ failedAt: new Date(), error: error.slice(0, 2000) })
    .where('day', '=', day)
    .execute();
}

/** Written backups whose files are still there, newest first: those beyond the number kept are removed. */
export function keptBackups(db: Kysely<DB>) {
  return db
    .selectFrom('scheduledBackups')
    .select(['day', 'file'])
    .where('writtenAt', 'is not', null)
    .where('removedAt', 'is', null)
    .orderBy('day', 'desc')
    .execute();
}

export async function recordBackupRemoved(db: Kysely<DB>, day: string): Promise<void> {
  await db.updateTable('scheduledBackups').set({ removedAt: new Date() }).where('day', '=', day).execute();
}

/** The latest day's backup as the settings page shows it, or undefined before the first. */
export function lastScheduledBackup(db: Kysely<DB>) {
  return db
    .selectFrom('scheduledBackups')
    .select(['startedAt', 'writtenAt', sql<number | null>`bytes::float8`.as('bytes'), 'failedAt'])
    .orderBy('day', 'desc')
    .limit(1)
    .executeTakeFirst();
}
