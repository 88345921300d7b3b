import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

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

/**
 * A new, migrated, empty database of the given kind for one test file: in-memory PGlite, or a freshly created
 * database on the PostgreSQL server that is dropped afterwards, so files never see each other's rows.
 * `prepare` replaces the migration, e.g. to stop before one.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  prepare: (database: Database) => Promise<unknown> = migrate,
): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: null });
    await prepare(database);
    return { database, databaseUrl: null, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `samplan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await prepare(database);
  return {
    database,
    databaseUrl: url.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await waitForConnectionsToClose(cleanup, name);
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * A pool's `end()` settles when it has asked its connections to close, not when the server has closed them. A
 * forced drop would terminate those still closing, and a terminated connection whose pool has already let go of it
 * raises its error with no one listening, an uncaught exception in the test run. So the drop waits for them first;
 * FORCE stays for connections a failed test left open.
 */
async function waitForConnectionsToClose(admin: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ open: number }>(
      'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (rows[0]?.open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
