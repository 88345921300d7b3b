import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import type { DB } from '../../src/db/schema.js';
import { openBackup } from '../../src/server/backup/openBackup.js';
import { readConfig } from '../../src/server/config.js';
import type { RetryPolicy } from '../../src/server/jobs/retry.js';
import { createJobRunner } from '../../src/server/jobs/runner.js';
import {
  scheduledBackupHandler,
  scheduledBackupJobKind,
  scheduledBackupSweep,
} from '../../src/server/scheduledBackups/scheduledBackupJob.js';
import { presentCountySettings } from '../../src/server/settings/presentCountySettings.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

const silent = pino({ level: 'silent' });
const retryInAnHour: RetryPolicy = { maxAttempts: 3, delaySeconds: () => 3600 };

/** The county's schedule: on and due from midnight, so today's backup is due whenever the test runs. */
async function schedule(db: Kysely<DB>, settings: { scheduledBackups: boolean; backupsKept?: number }) {
  await db
    .updateTable('countySettings')
    .set({ backupTime: '00:00', backupsKept: 7, ...settings })
    .execute();
}

function runner(database: Database, directory: string) {
  return createJobRunner({
    db: database.db,
    handlers: new Map([[scheduledBackupJobKind, scheduledBackupHandler(database, directory, silent)]]),
    sweeps: [scheduledBackupSweep],
    intervalMs: 10,
    logger: silent,
    retry: retryInAnHour,
  });
}

const backupJobs = (db: Kysely<DB>) =>
  db
    .selectFrom('jobs')
    .select(['key', 'status', 'attempts', 'lastError'])
    .where('kind', '=', scheduledBackupJobKind)
    .execute();

describe('where scheduled backups go', () => {
  it('is BACKUP_DIR, relative to the working directory unless absolute, and `backups` there by default', () => {
    expect(readConfig({}).backupDirectory).toBe(join(process.cwd(), 'backups'));
    expect(readConfig({ BACKUP_DIR: 'var/samplan-backups/' }).backupDirectory).toBe(
      join(process.cwd(), 'var', 'samplan-backups'),
    );
    expect(readConfig({ BACKUP_DIR: '/srv/backups' }).backupDirectory).toBe('/srv/backups');
  });
});

describe.each(testDatabaseKinds())('the scheduled backup on %s', (kind) => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  let directory: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.database.db;
  });
  afterAll(() => test.drop());
  beforeEach(async () => {
    directory = join(await mkdtemp(join(tmpdir(), 'samplan-scheduled-')), 'backups');
    await sql`DELETE FROM jobs`.execute(db);
    await sql`DELETE FROM scheduled_backups`.execute(db);
  });
  afterEach(() => rm(join(directory, '..'), { recursive: true, force: true }));

  it('does nothing while the county has it off', async () => {
    await schedule(db, { scheduledBackups: false });
    expect(await runner(test.database, directory).runRound()).toBe(0);
    expect(await backupJobs(db)).toEqual([]);
    await expect(stat(directory)).rejects.toThrow(/ENOENT/);
  });

  it('writes one complete backup a day into a directory only Samplan’s user can read, and says so', async () => {
    await schedule(db, { scheduledBackups: true });
    const jobs = runner(test.database, directory);
    expect(await jobs.runRound()).toBe(1);
    // The next round, the same day: the day's job exists already.
    expect(await jobs.runRound()).toBe(0);

    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    const files = await readdir(directory);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^samplan-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.backup$/);
    const file = join(directory, files[0]!);
    // Whole and restorable: the manifest first, every table's checksum and row count as it says.
    const backup = await openBackup(file);
    expect(backup.manifest.source).toBe(kind);
    expect(backup.manifest.tables.find((table) => table.name === 'county_settings')?.rows).toBe(1);
    await backup.discard();

    expect(await backupJobs(db)).toEqual([
      {
        key: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
        status: 'done',
        attempts: 0,
        lastError: null,
      },
    ]);
    const shown = await presentCountySettings(db, { smtpUrl: null });
    expect(shown.lastScheduledBackup).toEqual({
      startedAt: expect.any(String) as string,
      writtenAt: expect.any(String) as string,
      bytes: (await stat(file)).size,
      failedAt: null,
    });
  });

  it('keeps the number the county chose, removing only its own oldest backups', async () => {
    await schedule(db, { scheduledBackups: true, backupsKept: 2 });
    // Three earlier days' backups, as earlier runs left them, and files that are not Samplan's scheduled backups.
    await mkdir(directory, { recursive: true });
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03']) {
      const file = join(directory, `samplan-${day}T00-00-00.backup`);
      await writeFile(file, 'an earlier backup');
      await db
        .insertInto('scheduledBackups')
        .values({ day, file, startedAt: new Date(day), writtenAt: new Date(day), bytes: 17 })
        .execute();
    }
    const notOurs = ['samplan-2025-12-31T00-00-00.backup', 'manual.backup', 'notes.txt'];
    for (const name of notOurs) await writeFile(join(directory, name), 'the operator’s own');

    expect(await runner(test.database, directory).runRound()).toBe(1);

    const files = (await readdir(directory)).sort();
    const today = files.filter((name) => !notOurs.includes(name) && !name.startsWith('samplan-2026-01'));
    expect(today).toHaveLength(1);
    expect(files).toEqual([...notOurs, 'samplan-2026-01-03T00-00-00.backup', today[0]!].sort());
    const removed = await db
      .selectFrom('scheduledBackups')
      .select('day')
      .where('removedAt', 'is not', null)
      .orderBy('day')
      .execute();
    expect(removed.map((row) => row.day)).toEqual(['2026-01-01', '2026-01-02']);
  });

  it('records a failure for the settings page and tries again, as every job', async () => {
    await schedule(db, { scheduledBackups: true });
    // A directory that cannot be made: its parent is a file.
    await writeFile(directory, 'not a directory');
    const unwritable = join(directory, 'inside');
    expect(await runner(test.database, unwritable).runRound()).toBe(1);

    const [job] = await backupJobs(db);
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    const [{ retryIn }] = (
      await sql<{
        retryIn: number;
      }>`SELECT extract(epoch FROM run_at - now())::float8 AS retry_in FROM jobs`.execute(db)
    ).rows as [{ retryIn: number }];
    expect(retryIn).toBeGreaterThan(3000);
    expect(job!.lastError).toMatch(/ENOTDIR/);
    const failed = await presentCountySettings(db, { smtpUrl: null });
    expect(failed.lastScheduledBackup).toMatchObject({ writtenAt: null, bytes: null });
    expect(failed.lastScheduledBackup?.failedAt).toEqual(expect.any(String));

    // The fault cleared (the operator fixed BACKUP_DIR) by the time of the retry, which writes it.
    await rm(directory);
    await sql`UPDATE jobs SET run_at = now()`.execute(db);
    expect(await runner(test.database, directory).runRound()).toBe(1);
    expect(await backupJobs(db)).toMatchObject([{ status: 'done', attempts: 1 }]);
    expect(await readdir(directory)).toHaveLength(1);
    const written = await presentCountySettings(db, { smtpUrl: null });
    expect(written.lastScheduledBackup?.writtenAt).toEqual(expect.any(String));
  });
});

// PGlite serves one process, so a second instance exists only on a PostgreSQL server.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances sharing one PostgreSQL', () => {
  let test: TestDatabase;
  let second: Database;
  let directory: string;

  beforeAll(async () => {
    test = await createTestDatabase('postgresql');
    second = await openDatabase({ databaseUrl: test.databaseUrl! });
    directory = join(await mkdtemp(join(tmpdir(), 'samplan-scheduled-')), 'backups');
  });
  afterAll(async () => {
    await second.close();
    await test.drop();
    await rm(join(directory, '..'), { recursive: true, force: true });
  });

  it('write the day’s backup once between them, however their rounds meet', async () => {
    await schedule(test.database.db, { scheduledBackups: true });
    const ran = await Promise.all([
      runner(test.database, directory).runRound(),
      runner(second, directory).runRound(),
      runner(test.database, directory).runRound(),
      runner(second, directory).runRound(),
    ]);
    expect(ran.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await readdir(directory)).toHaveLength(1);
    expect(await backupJobs(test.database.db)).toMatchObject([{ status: 'done' }]);
  });
});
