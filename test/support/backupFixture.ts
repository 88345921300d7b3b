import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { seedDemoCounty } from '../../src/db/seed/seedDemo.js';
import { tablesInLoadOrder } from '../../src/server/backup/schemaContents.js';
import { inSession, quoteName } from '../../src/server/backup/session.js';
import { seedDemoCases } from '../../src/server/seed/demoCases.js';
import { createServerDatabase, dropServerDatabase } from './serverDatabases.js';

/** The demo county with its cases, as a new installation that showed the demo has it. */
export async function seedDemo(database: Database): Promise<void> {
  const county = await seedDemoCounty(database.db);
  if (!county) throw new Error('the demo county was already there');
  await seedDemoCases(database.db, county);
}

/**
 * Every table's rows, as one digest and a count per table: two databases with equal digests hold the same rows.
 * Times are written in UTC, so an embedded database and a server in another time zone compare equal.
 */
export async function tableContents(
  database: Database,
): Promise<Record<string, { rows: number; digest: string }>> {
  return inSession(database, 'snapshot', async (session) => {
    await session.exec(`SET LOCAL TimeZone = 'UTC'`);
    const contents: Record<string, { rows: number; digest: string }> = {};
    for (const table of await tablesInLoadOrder(session)) {
      const [row] = await session.rows<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
           FROM ${quoteName(table.name)} t`,
      );
      contents[table.name] = row!;
    }
    return contents;
  });
}

/** A directory of its own for a test file's backups and data directories. */
export async function scratchDirectory(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'samplan-backup-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** An empty database (no schema at all) on the test server, as a county's DBA hands one over. */
export async function emptyServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const { name, url } = await createServerDatabase(adminUrl, 'samplan_restore');
  return { url, drop: () => dropServerDatabase(adminUrl, name) };
}

/**
 * An embedded installation in `dataDir` as a county's trial has it: migrated (a copy of the run's template, which
 * spares the minutes of a new PGlite directory's set-up) with the demo county, closed. `fill` adds more.
 */
export async function embeddedInstallation(
  dataDir: string,
  fill: (database: Database) => Promise<void> = seedDemo,
): Promise<void> {
  const dump = new Blob([await readFile(inject('pgliteTemplate'))]);
  const database = await openDatabase({ dataDir, dump });
  try {
    await fill(database);
  } finally {
    await database.close();
  }
}

/** Opens an embedded or PostgreSQL database, reads what `read` asks, and closes it. */
export async function reading<T>(
  config: { dataDir: string } | { databaseUrl: string },
  read: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}
