import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { backupDueDay, scheduledBackupFileName } from '../../domain/backups/backupSchedule.js';
import { writeBackup } from '../backup/writeBackup.js';
import { readCountySettings } from '../data/countySettings.js';
import {
  keptBackups,
  recordBackupFailed,
  recordBackupRemoved,
  recordBackupStarted,
  recordBackupWritten,
} from '../data/scheduledBackups.js';
import type { DetachedJobHandler, Sweep } from '../jobs/job.js';
import { enqueueJob } from '../jobs/queue.js';
import { prepareBackupDirectory } from './backupSettings.js';

export const scheduledBackupJobKind = 'scheduled-backup';

/** Longer than a large county's backup takes; an instance that dies while writing leaves it to another after this. */
const leaseSeconds = 2 * 60 * 60;

const payload = z.object({ day: z.iso.date() });

/**
 * Once the day's set time has passed, enqueues that day's backup. Every instance sweeps; the job's key is the
 * Stockholm day, so the day has one backup job whichever instance comes first and however many follow.
 */
export const scheduledBackupSweep: Sweep = async function sweepScheduledBackup(db, now) {
  const day = backupDueDay(await readCountySettings(db), now);
  if (day === null) return;
  await enqueueJob(db, { kind: scheduledBackupJobKind, key: day, runAt: now, payload: { day } });
};

/**
 * Writes the day's backup into `directory`, outside the job's transaction (the backup takes its own snapshot), and
 * then removes Samplan's oldest scheduled backups beyond the number the county keeps — only files this job wrote and
 * recorded, never anything else in the directory. Each try and its outcome is recorded for the settings page.
 */
export function scheduledBackupHandler(
  database: Database,
  directory: string,
  logger: Logger,
): DetachedJobHandler {
  return {
    leaseSeconds,
    async run(db, job) {
      const { day } = payload.parse(job.payload);
      const settings = await readCountySettings(db);
      // Turned off since the job was enqueued: the county no longer wants it.
      if (!settings.scheduledBackups) return;
      const file = join(directory, scheduledBackupFileName(new Date()));
      await recordBackupStarted(db, day, file);
      let bytes: number;
      try {
        await prepareBackupDirectory(directory);
        ({ bytes } = await writeBackup(database, file));
      } catch (error) {
        await recordBackupFailed(db, day, error instanceof Error ? error.message : String(error));
        throw error;
      }
      await recordBackupWritten(db, day, bytes);
      logger.info({ day, file, bytes }, 'scheduled backup written');
      await removeBeyondKept(db, settings.backupsKept, logger);
    },
  };
}

async function removeBeyondKept(db: Kysely<DB>, kept: number, logger: Logger): Promise<void> {
  const backups = await keptBackups(db);
  for (const old of backups.slice(kept)) {
    await rm(old.file, { force: true });
    await recordBackupRemoved(db, old.day);
    logger.info(
      { day: old.day, file: old.file },
      'scheduled backup removed, newer ones fill the number kept',
    );
  }
}
