import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, truncate, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { create as createTar, extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestName, tableMember, type BackupManifest } from '../../src/server/backup/backupFormat.js';
import { requestBackup } from '../../src/server/backup/controlSocket.js';
import { openBackup } from '../../src/server/backup/openBackup.js';
import { restoreBackup } from '../../src/server/backup/restoreBackup.js';
import { writeBackup } from '../../src/server/backup/writeBackup.js';
import { emptyServerDatabase, reading, scratchDirectory, seedDemo } from '../support/backupFixture.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

describe('a restore refuses what it cannot restore whole, and changes nothing', () => {
  let source: TestDatabase;
  let scratch: Awaited<ReturnType<typeof scratchDirectory>>;
  let good: string;
  let manifest: BackupManifest;
  beforeAll(async () => {
    source = await createTestDatabase('pglite');
    await seedDemo(source.database);
    scratch = await scratchDirectory();
    good = join(scratch.path, 'good.tar');
    await writeBackup(source.database, good);
    const unpacked = await unpack(good, 'good');
    manifest = JSON.parse(await readFile(join(unpacked, manifestName), 'utf8')) as BackupManifest;
  });
  afterAll(async () => {
    await source.drop();
    await scratch.remove();
  });

  async function unpack(file: string, name: string): Promise<string> {
    const directory = join(scratch.path, `${name}.unpacked`);
    await mkdir(directory);
    await extract({ file, cwd: directory });
    return directory;
  }

  /** The good backup taken apart, changed by `change`, and packed again as writeBackup packs it. */
  async function altered(name: string, change: (directory: string) => Promise<void>): Promise<string> {
    const directory = await unpack(good, name);
    await change(directory);
    const file = join(scratch.path, `${name}.tar`);
    await createTar({ file, cwd: directory, portable: true }, [
      manifestName,
      ...manifest.tables.map((table) => tableMember(table.name)),
    ]);
    return file;
  }

  /** Restores into a data directory not yet made, expecting a refusal matching `said`; the directory stays unmade. */
  async function expectRefused(file: string, said: RegExp): Promise<void> {
    const dataDir = join(scratch.path, `target-${Math.random().toString(36).slice(2)}`);
    await expect(restoreBackup(file, { dataDir })).rejects.toThrow(said);
    expect(existsSync(dataDir)).toBe(false);
  }

  it('accepts the untouched backup, also packed again, so each refusal below is the change alone', async () => {
    for (const file of [good, await altered('unchanged', () => Promise.resolve())]) {
      const backup = await openBackup(file);
      expect(backup.manifest.tables.map((table) => table.rows)).toEqual(
        manifest.tables.map((table) => table.rows),
      );
      await backup.discard();
    }
  });

  it('refuses a file that is not there', async () => {
    await expectRefused(join(scratch.path, 'never-written.tar'), /finns inte[\s\S]*does not exist/);
  });

  it('refuses a file that is not a Samplan backup', async () => {
    const text = join(scratch.path, 'notes.txt');
    await writeFile(text, 'Minnesanteckningar från mötet\n');
    await expectRefused(text, /inte en säkerhetskopia från Samplan[\s\S]*is not a Samplan backup/);
    const otherArchive = join(scratch.path, 'other.tar');
    await createTar({ file: otherArchive, cwd: scratch.path }, ['notes.txt']);
    await expectRefused(otherArchive, /is not a Samplan backup/);
  });

  it('refuses a backup with one byte changed in a table', async () => {
    const largest = [...manifest.tables].sort((a, b) => b.bytes - a.bytes)[0]!;
    const file = await altered('flipped', async (directory) => {
      const member = join(directory, tableMember(largest.name));
      const bytes = await readFile(member);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0x01;
      await writeFile(member, bytes);
    });
    await expectRefused(file, new RegExp(`är skadad[\\s\\S]*is damaged: tables/${largest.name}`));
  });

  it('refuses a backup whose manifest no longer matches a table', async () => {
    const file = await altered('recounted', async (directory) => {
      const changed = structuredClone(manifest);
      changed.tables[0]!.rows += 1;
      await writeFile(join(directory, manifestName), JSON.stringify(changed));
    });
    await expectRefused(file, /is damaged/);
  });

  it('refuses a truncated backup, and one whose writing was cut before its end', async () => {
    const cut = join(scratch.path, 'cut.tar');
    await copyFile(good, cut);
    await truncate(cut, Math.floor((await stat(good)).size * 0.6));
    await expectRefused(cut, /är ofullständig[\s\S]*is incomplete/);
  });

  it('refuses a backup from a newer Samplan, naming the migration this version does not know', async () => {
    const file = await altered('newer', async (directory) => {
      const changed = {
        ...manifest,
        samplanVersion: '9.0.0',
        migrations: [...manifest.migrations, '9999_later.sql'],
      };
      await writeFile(join(directory, manifestName), JSON.stringify(changed));
    });
    await expectRefused(
      file,
      /nyare Samplan \(9\.0\.0\)[\s\S]*newer Samplan \(9\.0\.0\) with the database change 9999_later\.sql/,
    );
  });

  it('refuses a backup in a newer format', async () => {
    const file = await altered('format', async (directory) => {
      await writeFile(join(directory, manifestName), JSON.stringify({ ...manifest, formatVersion: 2 }));
    });
    await expectRefused(file, /has format 2/);
  });

  /** A backup that verifies but cannot load: its last table names a column the schema does not have. */
  const unloadable = () =>
    altered(`unloadable-${Math.random().toString(36).slice(2)}`, async (directory) => {
      const changed = structuredClone(manifest);
      changed.tables.at(-1)!.columns[0] = 'no_such_column';
      await writeFile(join(directory, manifestName), JSON.stringify(changed));
    });

  it('removes the data directory it made when the load fails midway', async () => {
    const dataDir = join(scratch.path, 'failed-load');
    await expect(restoreBackup(await unloadable(), { dataDir })).rejects.toThrow(/no_such_column/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it.runIf(testDatabaseKinds().includes('postgresql'))(
    'leaves a PostgreSQL database without a table when the load fails midway: it is one transaction',
    async () => {
      const target = await emptyServerDatabase();
      try {
        await expect(restoreBackup(await unloadable(), { databaseUrl: target.url })).rejects.toThrow(
          /no_such_column/,
        );
        const tables = await reading({ databaseUrl: target.url }, (database) =>
          sql<{
            count: number;
          }>`SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public'`.execute(database.db),
        );
        expect(tables.rows[0]?.count).toBe(0);
      } finally {
        await target.drop();
      }
    },
  );

  it('refuses a data directory that is not empty, and leaves what is in it', async () => {
    const dataDir = join(scratch.path, 'in-use');
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'PG_VERSION'), '18\n');
    await expect(restoreBackup(good, { dataDir })).rejects.toThrow(
      /finns redan och är inte tom[\s\S]*exists and is not empty/,
    );
    expect(await readdir(dataDir)).toEqual(['PG_VERSION']);
  });

  it.runIf(testDatabaseKinds().includes('postgresql'))(
    'refuses a PostgreSQL database that has tables, and changes none of its rows',
    async () => {
      const target = await createTestDatabase('postgresql');
      try {
        const before = await target.database.db.selectFrom('schemaMigrations').select('name').execute();
        await expect(restoreBackup(good, { databaseUrl: target.databaseUrl! })).rejects.toThrow(
          /already has \d+ tables/,
        );
        expect(await target.database.db.selectFrom('organisations').select('id').execute()).toEqual([]);
        expect(await target.database.db.selectFrom('schemaMigrations').select('name').execute()).toEqual(
          before,
        );
      } finally {
        await target.drop();
      }
    },
  );
});

describe('a backup asked of a running embedded server', () => {
  it('says plainly what to do when the data directory path is too long for its control socket', async () => {
    const dataDir = join('/srv', 'samplan', 'a-county-with-a-very-long-name'.repeat(3), 'data');
    await expect(requestBackup(dataDir, '/srv/backups/today.tar')).rejects.toThrow(
      /för lång[\s\S]*too long for the server’s control socket .* Move the directory to a shorter path, or stop the server/,
    );
  });
});
