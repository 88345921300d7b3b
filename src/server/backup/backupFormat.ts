import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A Samplan backup: a tar archive whose first member is this manifest, followed by each table's rows in
 * PostgreSQL's COPY text format, gzip-compressed, in the order they load. One format for PGlite and PostgreSQL, so
 * a backup of either restores into either (docs/decisions/0041-backups.md).
 */
export const manifestName = 'samplan-backup.json';
export const backupFormat = 'samplan-backup';
export const backupFormatVersion = 1;

/** The member holding a table's rows. */
export const tableMember = (table: string) => `tables/${table}.copy.gz`;

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/);

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  samplanVersion: z.string(),
  source: z.enum(['pglite', 'postgresql']),
  /** The migrations applied to the database backed up, in the order they ran. */
  migrations: z.array(z.string()),
  /** In load order. `bytes` and `sha256` are of the uncompressed COPY text; a row is one line of it. */
  tables: z.array(
    z.object({
      name: identifier,
      columns: z.array(identifier).min(1),
      rows: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  sequences: z.array(
    z.object({ name: identifier, lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() }),
  ),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableEntry = BackupManifest['tables'][number];

export const samplanVersion: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
