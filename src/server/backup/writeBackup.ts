import { createWriteStream } from 'node:fs';
import { access, mkdir, mkdtemp, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { create as createTar } from 'tar';
import type { Database } from '../../db/database.js';
import {
  backupFormat,
  backupFormatVersion,
  manifestName,
  samplanVersion,
  tableMember,
  type BackupManifest,
} from './backupFormat.js';
import { backupRefused } from './backupRefused.js';
import { sequenceNames, tablesInLoadOrder } from './schemaContents.js';
import { inSession, quoteName, type Session } from './session.js';
import { RowMeter } from './tableRows.js';

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  createdAt: string;
}

/**
 * Writes a backup of the whole database to `file` while the server goes on working: every table from one snapshot.
 * The file holds personal data, so only its owner may read it (0600). It appears under its name only when
 * complete: until then it is written beside it in a directory named `<file>.partial-…`, synced, then renamed, so
 * a process killed midway leaves no file that looks complete. Refuses to overwrite an existing file.
 * Call it outside any open transaction: it takes a connection of its own (on PGlite, the one).
 */
export async function writeBackup(database: Database, file: string): Promise<BackupSummary> {
  const target = resolve(file);
  if (await exists(target)) throw backupRefused('targetExists', { file: target });
  const createdAt = new Date().toISOString();
  // mkdtemp makes it 0700: nothing inside is readable by others even before each file's own 0600.
  const staging = await mkdtemp(`${target}.partial-`);
  try {
    await mkdir(join(staging, 'tables'));
    const contents = await inSession(database, 'snapshot', (session) => readContents(session, staging));
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt,
      samplanVersion,
      source: database.kind,
      ...contents,
    };
    await writeFile(join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const archive = join(staging, 'archive.tar');
    await pipeline(
      createTar({ cwd: staging, portable: true }, [
        manifestName,
        ...manifest.tables.map((table) => tableMember(table.name)),
      ]),
      createWriteStream(archive, { flags: 'wx', mode: 0o600, flush: true }),
    );
    if (await exists(target)) throw backupRefused('targetExists', { file: target });
    await rename(archive, target);
    await syncDirectory(dirname(target));
    return {
      file: target,
      bytes: (await stat(target)).size,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      createdAt,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

type Contents = Pick<BackupManifest, 'migrations' | 'tables' | 'sequences'>;

async function readContents(session: Session, staging: string): Promise<Contents> {
  const migrations = (
    await session.rows<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')
  ).map((row) => row.name);
  const tables: BackupManifest['tables'] = [];
  for (const shape of await tablesInLoadOrder(session)) {
    const meter = new RowMeter();
    await pipeline(
      await session.copyOut(shape.name, shape.columns),
      meter,
      createGzip(),
      createWriteStream(join(staging, tableMember(shape.name)), { flags: 'wx', mode: 0o600 }),
    );
    tables.push({ ...shape, ...meter.measured() });
  }
  // A sequence is outside every snapshot: read after the tables, its value is at least what they used.
  const sequences: BackupManifest['sequences'] = [];
  for (const name of await sequenceNames(session)) {
    const [state] = await session.rows<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quoteName(name)}`,
    );
    if (state) sequences.push({ name, ...state });
  }
  return { migrations, tables, sequences };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The rename itself survives a power cut only once the directory holding it is synced. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
