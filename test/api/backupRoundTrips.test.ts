import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseKind } from '../../src/db/database.js';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import { restoreBackup, type RestoreTarget } from '../../src/server/backup/restoreBackup.js';
import { writeBackup } from '../../src/server/backup/writeBackup.js';
import { emptyServerDatabase, scratchDirectory, seedDemo, tableContents } from '../support/backupFixture.js';
import { luhn } from '../support/luhn.js';
import { createProcessWorld, newSipBody } from '../support/processFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { serveTestDatabase } from '../support/testServer.js';

/** A valid personnummer of its own for the nth person registered. */
function idNumber(n: number): string {
  const nine = `800101${String(200 + n).padStart(3, '0')}`;
  return `19${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}

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

  it('taken while SIPs are being registered, restores to a consistent state', async () => {
    const served = await serveTestDatabase(source);
    const { target, drop } = await emptyTarget(kind, scratch.path, 'under-writes');
    try {
      const world = await createProcessWorld(source.database.db, () => served.client());
      let registered = 0;
      let writing = true;
      let firstWrite: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (firstWrite = resolve));
      const writer = (async () => {
        while (writing) {
          const created = await world.convener.post('/api/sips', newSipBody(idNumber(registered)));
          expect(created.status).toBe(201);
          registered++;
          firstWrite();
        }
      })();
      await started;
      const file = join(scratch.path, 'under-writes.tar');
      await writeBackup(source.database, file);
      const registeredDuringBackup = registered;
      writing = false;
      await writer;
      expect(registeredDuringBackup).toBeGreaterThan(0);

      await restoreBackup(file, target);
      const restored = await openDatabase(target);
      try {
        expect((await verifyAccessLog(restored.db)).ok).toBe(true);
        const sips = await restored.db.selectFrom('sips').select('id').execute();
        expect(sips.length).toBeGreaterThan(0);
        const withoutEvents = await restored.db
          .selectFrom('sips')
          .select('id')
          .where((eb) =>
            eb.not(
              eb.exists(eb.selectFrom('sipEvents').select('id').whereRef('sipEvents.sipId', '=', 'sips.id')),
            ),
          )
          .execute();
        expect(withoutEvents).toEqual([]);
      } finally {
        await restored.close();
      }
    } finally {
      await served.close();
      await drop();
    }
  });
});
