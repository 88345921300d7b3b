import type { DatabaseConfig } from '../db/database.js';
import { restoreBackup } from '../server/backup/restoreBackup.js';

/** `samplan restore <file>`: into the empty database or data directory the server would use. */
export async function runRestore(file: string, database: DatabaseConfig): Promise<string> {
  const target =
    'databaseUrl' in database ? { databaseUrl: database.databaseUrl } : { dataDir: database.dataDir ?? '' };
  const loaded = await restoreBackup(file, target);
  const migrated = loaded.migrated.length ? `\nThen migrated: ${loaded.migrated.join(', ')}.` : '';
  return (
    `Restored ${loaded.tables} tables, ${loaded.rows} rows from ${file}.${migrated}\n` +
    'Check the access log with: samplan verify-audit'
  );
}
