import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { settingsArea, text, variable } from '../configuration/variables.js';

/**
 * Where the county's scheduled backups are written: BACKUP_DIR, the operator's choice, relative to the working
 * directory unless absolute. Resolved at start, so a later change of working directory cannot move it.
 */
export const backupSettings = settingsArea({ BACKUP_DIR: variable(text, './backups') }, (values) =>
  resolve(values.BACKUP_DIR),
);

/** The directory made when missing, readable by Samplan's own user alone: a backup holds every plan. */
export async function prepareBackupDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
}
