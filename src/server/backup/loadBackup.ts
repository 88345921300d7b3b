import type { Database } from '../../db/database.js';
import { createMigrationsTable, migrate, migrationScript } from '../../db/migrate.js';
import { backupRefused } from './backupRefused.js';
import type { VerifiedBackup } from './openBackup.js';
import { tableCount } from './schemaContents.js';
import { inSession, quoteName } from './session.js';

/** The oldest PostgreSQL the migrations are written for (`server_version_num`). */
const oldestPostgres = 150_000;

export interface LoadSummary {
  tables: number;
  rows: number;
  /** Migrations newer than the backup, applied after its rows were in. */
  migrated: string[];
}

/**
 * Loads a verified backup into an empty database in one transaction, all or nothing: the schema as it was when the
 * backup was taken (its own migrations), then every table in foreign-key order with the user triggers off — the
 * access log's chain and the derived tables are loaded as they were, not written again — then the sequences.
 * Migrations newer than the backup run afterwards, as on any upgrade.
 */
export async function loadBackup(database: Database, backup: VerifiedBackup): Promise<LoadSummary> {
  const { manifest } = backup;
  await inSession(database, 'write', async (session) => {
    if (database.kind === 'postgresql') {
      const [server] = await session.rows<{ version: number; name: string }>(
        `SELECT current_setting('server_version_num')::int AS version, current_setting('server_version') AS name`,
      );
      if (server && server.version < oldestPostgres)
        throw backupRefused('postgresTooOld', { version: server.name });
    }
    const existing = await tableCount(session);
    if (existing > 0) throw backupRefused('databaseNotEmpty', { count: existing });
    await session.exec(createMigrationsTable);
    for (const name of manifest.migrations) await session.exec(await migrationScript(name));
    const tables = manifest.tables.map((table) => quoteName(table.name));
    for (const table of tables) await session.exec(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // Rows the migrations themselves wrote are in the backup too, as they stood then.
    if (tables.length > 0) await session.exec(`TRUNCATE ${tables.join(', ')}`);
    for (const table of manifest.tables)
      await session.copyIn(table.name, table.columns, backup.tableRows(table));
    for (const sequence of manifest.sequences)
      await session.rows(
        `SELECT setval('${quoteName(sequence.name)}', ${sequence.lastValue}, ${String(sequence.isCalled)})`,
      );
    for (const table of tables) await session.exec(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  });
  const migrated = await migrate(database);
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    migrated,
  };
}
