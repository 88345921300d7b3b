import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Where scheduled backups are written: BACKUP_DIR, the operator's choice, or `backups` in the working directory.
 * Resolved once, so a later change of working directory cannot move it.
 */
export function readBackupDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.BACKUP_DIR?.trim() || 'backups');
}

/** The directory made when missing, readable by Samplan's own user alone: a backup holds every plan. */
export async function prepareBackupDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
}
