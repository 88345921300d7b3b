import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../../src/db/database.js';
import { createServerDatabase, dropServerDatabase } from './serverDatabases.js';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server (CI starts one). */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

export interface TestDatabase {
  database: Database;
  /** Where a second instance connects to the same database; null for PGlite, which serves one process only. */
  databaseUrl: string | null;
  drop(): Promise<void>;
}

// The dump of the run's migrated PGlite (templateDatabases.ts), read once per test file.
let pgliteTemplate: Promise<Blob> | undefined;

/**
 * A new, migrated, empty database of the given kind for one test file: in-memory PGlite, or a freshly created
 * database on the PostgreSQL server that is dropped afterwards, so files never see each other's rows. Both are
 * copies of the run's migrated template. `prepare`, given an empty database instead, replaces the migration, e.g.
 * to stop before one.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  prepare?: (database: Database) => Promise<unknown>,
): Promise<TestDatabase> {
  if (kind === 'pglite') {
    pgliteTemplate ??= readFile(inject('pgliteTemplate')).then((bytes) => new Blob([bytes]));
    const database = await openDatabase(
      prepare ? { dataDir: null } : { dataDir: null, dump: await pgliteTemplate },
    );
    await prepare?.(database);
    return { database, databaseUrl: null, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const template = prepare ? undefined : (inject('postgresqlTemplate') ?? undefined);
  const { name, url } = await createServerDatabase(adminUrl, 'samplan_test', template);
  const database = await openDatabase({ databaseUrl: url });
  await prepare?.(database);
  return {
    database,
    databaseUrl: url,
    async drop() {
      await database.close();
      await dropServerDatabase(adminUrl, name);
    },
  };
}
