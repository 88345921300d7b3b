import { existsSync, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../../src/server/audit/verifyAudit.js';
import { controlSocketPath, requestBackup } from '../../src/server/backup/controlSocket.js';
import { readConfig } from '../../src/server/config.js';
import { startServer } from '../../src/server/start.js';
import {
  embeddedInstallation,
  emptyServerDatabase,
  reading,
  scratchDirectory,
  seedDemo,
  tableContents,
} from '../support/backupFixture.js';
import { runCli, startCli } from '../support/cli.js';
import { testDatabaseKinds } from '../support/testDatabase.js';

type Contents = Awaited<ReturnType<typeof tableContents>>;

describe('samplan backup, restore and move-to-postgres on an embedded installation', () => {
  let scratch: Awaited<ReturnType<typeof scratchDirectory>>;
  let county: string;
  let contents: Contents;
  beforeAll(async () => {
    scratch = await scratchDirectory();
    county = join(scratch.path, 'county');
    await embeddedInstallation(county);
    contents = await reading({ dataDir: county }, tableContents);
  });
  afterAll(() => scratch.remove());

  it('asks the running server for the backup, and the backup restores to the same rows', async () => {
    const file = join(scratch.path, 'from-server.tar');
    const server = await startServer(
      {
        ...readConfig({ DATA_DIR: county }),
        port: 0,
        seedDemo: false,
        scheduler: false,
        webRoot: null,
        cookieSecure: false,
      },
      pino({ level: 'silent' }),
    );
    try {
      // Only the data directory's owner can reach the socket.
      expect((await stat(join(county, 'samplan-control'))).mode & 0o777).toBe(0o700);
      const written = await runCli(['backup', file], { DATA_DIR: county });
      expect(written.output).toContain(`Backup written: ${file}`);
      expect(written.code).toBe(0);
      // A refusal by the server reaches the asker in both languages.
      await expect(requestBackup(county, file)).rejects.toThrow(/finns redan[\s\S]*already exists/);
      // A move while the server runs would lose what it writes afterwards.
      const moving = await runCli(['move-to-postgres', 'postgres://127.0.0.1:1/none'], { DATA_DIR: county });
      expect(moving.code).toBe(1);
      expect(moving.output).toMatch(/Stoppa servern[\s\S]*Stop the server before moving/);
    } finally {
      await server.stop();
    }
    expect(existsSync(controlSocketPath(county))).toBe(false);
    // What the server wrote while it ran (its mail delivery's first round) is in the backup, and now on disk.
    contents = await reading({ dataDir: county }, tableContents);

    const restoredDir = join(scratch.path, 'restored');
    const restored = await runCli(['restore', file], { DATA_DIR: restoredDir });
    expect(restored.output).toContain('Restored');
    expect(restored.code).toBe(0);
    const { after, audit } = await reading({ dataDir: restoredDir }, async (database) => ({
      after: await tableContents(database),
      audit: await verifyAccessLog(database.db),
    }));
    expect(after).toEqual(contents);
    expect(audit.ok).toBe(true);
  }, 180_000);

  it.runIf(testDatabaseKinds().includes('postgresql'))(
    'moves the installation into an empty PostgreSQL database, which then holds the same rows',
    async () => {
      const target = await emptyServerDatabase();
      try {
        const moved = await runCli(['move-to-postgres', target.url], { DATA_DIR: county });
        expect(moved.output).toContain('Row counts match');
        expect(moved.output).toContain('Access log intact');
        expect(moved.output).toContain('set DATABASE_URL');
        expect(moved.code).toBe(0);
        expect(await reading({ databaseUrl: target.url }, tableContents)).toEqual(contents);
        // The data directory is the way back: untouched.
        expect(await reading({ dataDir: county }, tableContents)).toEqual(contents);
        const again = await runCli(['move-to-postgres', target.url], { DATA_DIR: county });
        expect(again.code).toBe(1);
        expect(again.output).toMatch(/already has \d+ tables/);
      } finally {
        await target.drop();
      }
    },
    120_000,
  );

  it('killed with SIGKILL while writing, leaves no file under the backup name, and the source intact', async () => {
    const large = join(scratch.path, 'large');
    let before: Contents = {};
    // A code system of a size that keeps the backup busy for a while after it has begun.
    await embeddedInstallation(large, async (database) => {
      await seedDemo(database);
      await sql`INSERT INTO code_systems (id, uri, name) VALUES (gen_random_uuid(), 'urn:oid:1.2.752.0.1', 'Stor')`.execute(
        database.db,
      );
      await sql`INSERT INTO codes (system_id, code, display)
        SELECT (SELECT id FROM code_systems WHERE uri = 'urn:oid:1.2.752.0.1'), 'K' || g, repeat(md5(g::text), 12)
          FROM generate_series(1, 40000) g`.execute(database.db);
      before = await tableContents(database);
    });
    const file = join(scratch.path, 'killed.tar');
    const backup = startCli(['backup', file], { DATA_DIR: large });
    const watcher = watch(scratch.path, (_event, name) => {
      if (name?.startsWith('killed.tar.partial-')) backup.child.kill('SIGKILL');
    });
    try {
      expect((await backup.exited).signal).toBe('SIGKILL');
    } finally {
      watcher.close();
    }
    expect(existsSync(file)).toBe(false);
    const left = (await readdir(scratch.path)).filter((name) => name.startsWith('killed.tar'));
    expect(left.length).toBeGreaterThan(0);
    for (const name of left) expect(name).toMatch(/^killed\.tar\.partial-/);

    const { after, audit } = await reading({ dataDir: large }, async (database) => ({
      after: await tableContents(database),
      audit: await verifyAccessLog(database.db),
    }));
    expect(after).toEqual(before);
    expect(audit.ok).toBe(true);
  }, 120_000);
});
