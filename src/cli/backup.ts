import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openDatabase, type DatabaseConfig } from '../db/database.js';
import { DataDirectoryInUse } from '../db/dataDirectoryLock.js';
import { backupRefused } from '../server/backup/backupRefused.js';
import { requestBackup } from '../server/backup/controlSocket.js';
import { writeBackup, type BackupSummary } from '../server/backup/writeBackup.js';

/**
 * `samplan backup <file>`: PostgreSQL is read directly, with the server running or not. An embedded database is
 * opened directly when no server runs; a running server holds it, so it is asked to write the backup itself.
 */
export async function runBackup(file: string, database: DatabaseConfig): Promise<string> {
  const target = resolve(file);
  const summary = await backUp(target, database);
  const megabytes = (summary.bytes / 1_000_000).toFixed(1);
  return (
    `Backup written: ${summary.file} (${summary.tables} tables, ${summary.rows} rows, ${megabytes} MB).\n` +
    'It holds personal data: keep it as safely as the database itself.'
  );
}

async function backUp(target: string, config: DatabaseConfig): Promise<BackupSummary> {
  if ('dataDir' in config && config.dataDir !== null) {
    const dataDir = config.dataDir;
    if ((await readdir(dataDir).catch(() => [])).length === 0) throw backupRefused('noDatabase', { dataDir });
    const database = await openDatabase({ dataDir }).catch((error: unknown) => {
      if (error instanceof DataDirectoryInUse) return null;
      throw error;
    });
    if (database === null) return requestBackup(dataDir, target);
    try {
      return await writeBackup(database, target);
    } finally {
      await database.close();
    }
  }
  const database = await openDatabase(config);
  try {
    return await writeBackup(database, target);
  } finally {
    await database.close();
  }
}
