import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseKind } from '../../src/db/database.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import { restoreBackup, type RestoreTarget } from '../../src/server/backup/restoreBackup.js';
import { writeBackup } from '../../src/server/backup/writeBackup.js';
import { emptyServerDatabase, scratchDirectory, seedDemo, tableContents } from '../support/backupFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

/** An empty target of the kind: a data directory not yet made, or a database on the server with no schema. */
async function emptyTarget(
  kind: DatabaseKind,
  scratch: string,
  name: string,
): Promise<{ target: RestoreTarget; drop: () => Promise<void> }> {
  if (kind === 'pglite') return { target: { dataDir: join(scratch, name) }, drop: () => Promise.resolve() };
  const server = await emptyServerDatabase();
  return { target: { databaseUrl: server.url }, drop: server.drop };
}

describe.each(testDatabaseKinds())('a backup of %s restores to the same rows', (kind) => {
  let source: TestDatabase;
  let scratch: Awaited<ReturnType<typeof scratchDirectory>>;
  beforeAll(async () => {
    source = await createTestDatabase(kind);
    await seedDemo(source.database);
    scratch = await scratchDirectory();
  });
  afterAll(async () => {
    await source.drop();
    await scratch.remove();
  });

  it('writes a file only its owner can read, restores it into an empty target, and the access log verifies', async () => {
    const before = await tableContents(source.database);
    const file = join(scratch.path, 'demo.tar');
    const summary = await writeBackup(source.database, file);

    expect(summary.file).toBe(file);
    expect(summary.tables).toBe(Object.keys(before).length);
    expect(summary.rows).toBe(Object.values(before).reduce((sum, table) => sum + table.rows, 0));
    expect(summary.bytes).toBe((await stat(file)).size);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // Nothing of the writing is left beside it.
    expect(await readdir(scratch.path)).toEqual(['demo.tar']);

    const { target, drop } = await emptyTarget(kind, scratch.path, 'restored');
    try {
      const loaded = await restoreBackup(file, target);
      expect(loaded.rows).toBe(summary.rows);
      const restored = await openDatabase(target);
      try {
        expect(await tableContents(restored)).toEqual(before);
        const audit = await verifyAccessLog(restored.db);
        expect(audit.ok).toBe(true);
        expect(audit.entries).toBeGreaterThan(0);
      } finally {
        await restored.close();
      }
    } finally {
      await drop();
    }
  });

  it('never writes over an existing file', async () => {
    const file = join(scratch.path, 'taken.tar');
    await writeBackup(source.database, file);
    const first = await stat(file);
    await expect(writeBackup(source.database, file)).rejects.toThrow(/already exists/);
    expect((await stat(file)).mtimeMs).toBe(first.mtimeMs);
  });
});
