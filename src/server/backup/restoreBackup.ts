import { mkdir, readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openDatabase, type Database } from '../../db/database.js';
import { backupRefused } from './backupRefused.js';
import { loadBackup, type LoadSummary } from './loadBackup.js';
import { openBackup } from './openBackup.js';

/** Where a restore goes: the PostgreSQL database or the embedded data directory the server would use. */
export type RestoreTarget = { databaseUrl: string } | { dataDir: string };

/**
 * Restores a backup file into an empty target. The whole file is read and verified first, and a non-empty target
 * is refused, so a refusal changes nothing. On PostgreSQL the load is one transaction; embedded, a restore that
 * fails removes what it wrote, leaving the directory as it was.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<LoadSummary> {
  const backup = await openBackup(file);
  try {
    if ('databaseUrl' in target) {
      const database = await openDatabase(target);
      try {
        return await loadBackup(database, backup);
      } finally {
        await database.close();
      }
    }
    return await restoreEmbedded(resolve(target.dataDir), (database) => loadBackup(database, backup));
  } finally {
    await backup.discard();
  }
}

async function restoreEmbedded(
  dataDir: string,
  load: (database: Database) => Promise<LoadSummary>,
): Promise<LoadSummary> {
  const entries = await readdir(dataDir).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  });
  if (entries !== null && entries.length > 0) throw backupRefused('dataDirectoryNotEmpty', { dataDir });
  const database = await openDatabase({ dataDir });
  let summary: LoadSummary;
  try {
    summary = await load(database);
  } catch (error) {
    await database.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    if (entries !== null) await mkdir(dataDir);
    throw error;
  }
  await database.close();
  return summary;
}
