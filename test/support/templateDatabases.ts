import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, pgliteDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { createServerDatabase, dropServerDatabase, serverDatabaseClosed } from './serverDatabases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding PGlite's dump of a migrated data directory, which each new in-memory database starts from. */
    pgliteTemplate: string;
    /** A migrated PostgreSQL database that each new test database is copied from; null without a server. */
    postgresqlTemplate: string | null;
  }
}

/**
 * Vitest's global set-up for the unit and API tests: migrates one database of each kind once per run, which each
 * test file's databases then copy. Opening a new PGlite runs its initdb and then every migration, seconds of work
 * that every file would repeat; loading a dump takes a fraction of it. A PostgreSQL copy skips the migrations.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = await mkdtemp(join(tmpdir(), 'samplan-test-template-'));
  const pgliteTemplate = join(directory, 'pglite.tar');
  const adminUrl = process.env.TEST_DATABASE_URL;
  const [, postgresqlTemplate] = await Promise.all([
    writePgliteTemplate(pgliteTemplate),
    adminUrl ? createPostgresqlTemplate(adminUrl) : null,
  ]);
  project.provide('pgliteTemplate', pgliteTemplate);
  project.provide('postgresqlTemplate', postgresqlTemplate);

  return async () => {
    if (adminUrl && postgresqlTemplate) await dropServerDatabase(adminUrl, postgresqlTemplate);
    await rm(directory, { recursive: true, force: true });
  };
}

async function writePgliteTemplate(file: string): Promise<void> {
  const pglite = await PGlite.create();
  const migrated = pgliteDatabase(pglite);
  try {
    await migrate(migrated);
    const dump = await pglite.dumpDataDir('none');
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await migrated.close();
  }
}

async function createPostgresqlTemplate(adminUrl: string): Promise<string> {
  const { name, url } = await createServerDatabase(adminUrl, 'samplan_template');
  const database = await openDatabase({ databaseUrl: url });
  try {
    await migrate(database);
  } finally {
    await database.close();
  }
  // A database is copied only while no one is connected to it.
  await serverDatabaseClosed(adminUrl, name);
  return name;
}
