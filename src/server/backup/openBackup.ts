import { createReadStream } from 'node:fs';
import { access, constants, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar';
import { knownMigrations } from '../../db/migrate.js';
import {
  backupFormat,
  backupFormatVersion,
  manifestName,
  manifestSchema,
  tableMember,
  type BackupManifest,
  type TableEntry,
} from './backupFormat.js';
import { backupRefused } from './backupRefused.js';
import { RowMeter } from './tableRows.js';

/** A backup file read whole and found intact, unpacked in a private directory until `discard`. */
export interface VerifiedBackup {
  manifest: BackupManifest;
  /** A table's rows in COPY text, as the backup holds them. */
  tableRows(table: TableEntry): Readable;
  discard(): Promise<void>;
}

const memberPattern = /^tables\/[a-z_][a-z0-9_]*\.copy\.gz$/;

/**
 * Reads the whole backup and checks it before anything is changed: its format marker and version, that this
 * version knows every migration it was taken at, and every table's checksum and row count. Refuses a foreign,
 * corrupt, truncated or newer file. The members are unpacked into a directory of the system's temporary files
 * (0700) for the restore to load, so that needs room for the backup's size.
 */
export async function openBackup(file: string): Promise<VerifiedBackup> {
  const path = resolve(file);
  await access(path, constants.R_OK).catch(() => {
    throw backupRefused('noFile', { file: path });
  });
  const directory = await mkdtemp(join(tmpdir(), 'samplan-restore-'));
  const discard = () => rm(directory, { recursive: true, force: true });
  try {
    await extract({
      file: path,
      cwd: directory,
      strict: true,
      filter: (name, entry) =>
        (name === manifestName || memberPattern.test(name)) && 'type' in entry && entry.type === 'File',
    }).catch(() => {
      // A damaged or cut archive still gave up what came before the damage; the checks below name what is not.
    });
    const manifest = await readManifest(path, directory);
    for (const table of manifest.tables) await verifyTable(path, directory, table);
    const tableRows = (table: TableEntry) =>
      createReadStream(join(directory, tableMember(table.name))).pipe(createGunzip());
    return { manifest, tableRows, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

async function readManifest(file: string, directory: string): Promise<BackupManifest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(directory, manifestName), 'utf8'));
  } catch {
    throw backupRefused('foreign', { file });
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('format' in parsed) ||
    parsed.format !== backupFormat
  )
    throw backupRefused('foreign', { file });
  if ('formatVersion' in parsed && parsed.formatVersion !== backupFormatVersion)
    throw backupRefused('newerFormat', { file, version: String(parsed.formatVersion) });
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw backupRefused('damaged', { file, member: manifestName });
  const manifest = result.data;
  const known = await knownMigrations();
  const unknown = manifest.migrations.find((name) => !known.includes(name));
  if (unknown !== undefined)
    throw backupRefused('newerSchema', { file, version: manifest.samplanVersion, migration: unknown });
  // Migrations run in name order, so a backup's are always the first of those this version knows.
  if (manifest.migrations.some((name, index) => known[index] !== name))
    throw backupRefused('damaged', { file, member: manifestName });
  return manifest;
}

async function verifyTable(file: string, directory: string, table: TableEntry): Promise<void> {
  const member = tableMember(table.name);
  const meter = new RowMeter();
  try {
    await pipeline(
      createReadStream(join(directory, member)),
      createGunzip(),
      meter,
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
  } catch (error) {
    // Missing, or its compressed stream ends early: cut off. Anything else the decompressor rejects: damaged.
    const code = (error as { code?: unknown }).code;
    throw backupRefused(code === 'ENOENT' || code === 'Z_BUF_ERROR' ? 'incomplete' : 'damaged', {
      file,
      member,
    });
  }
  const measured = meter.measured();
  if (measured.sha256 !== table.sha256 || measured.rows !== table.rows || measured.bytes !== table.bytes)
    throw backupRefused('damaged', { file, member });
}
