import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Database } from '../../db/database.js';
import { DataDirectoryInUse } from '../../db/dataDirectoryLock.js';
import { verifyAccessLog, type AccessLogVerification } from '../audit/verifyAudit.js';
import { backupRefused } from './backupRefused.js';
import { loadBackup } from './loadBackup.js';
import { openBackup } from './openBackup.js';
import { inSession, quoteName } from './session.js';
import { writeBackup } from './writeBackup.js';
import { tablesInLoadOrder } from './schemaContents.js';

export interface MoveReport {
  tables: number;
  rows: number;
  /** Tables whose row count on PostgreSQL differs from the embedded database's; empty when the move is whole. */
  differing: { table: string; source: number; target: number }[];
  accessLog: AccessLogVerification;
}

/**
 * Copies the embedded database in `dataDir` into an empty PostgreSQL database through the backup format — a
 * logical copy, so PostgreSQL 15 and newer take what PGlite (PostgreSQL 18) wrote — then counts every table's rows
 * on both sides and verifies the access log's chains on PostgreSQL. The data directory stays locked throughout, so
 * no server can write to it meanwhile, and is left untouched: it is the way back.
 */
export async function moveToPostgres(dataDir: string, databaseUrl: string): Promise<MoveReport> {
  const directory = resolve(dataDir);
  const entries = await readdir(directory).catch(() => []);
  if (entries.length === 0) throw backupRefused('noDatabase', { dataDir: directory });
  const source = await openDatabase({ dataDir: directory }).catch((error: unknown) => {
    if (error instanceof DataDirectoryInUse) throw backupRefused('moveWhileRunning', { dataDir: directory });
    throw error;
  });
  const staging = await mkdtemp(join(tmpdir(), 'samplan-move-'));
  try {
    const summary = await writeBackup(source, join(staging, 'move.tar'));
    const backup = await openBackup(summary.file);
    const target = await openDatabase({ databaseUrl });
    try {
      await loadBackup(target, backup);
      const [before, after] = [await rowCounts(source), await rowCounts(target)];
      const differing = Object.entries(before)
        .filter(([table, rows]) => after[table] !== rows)
        .map(([table, rows]) => ({ table, source: rows, target: after[table] ?? 0 }));
      return {
        tables: summary.tables,
        rows: summary.rows,
        differing,
        accessLog: await verifyAccessLog(target.db),
      };
    } finally {
      await target.close();
      await backup.discard();
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    await source.close();
  }
}

async function rowCounts(database: Database): Promise<Record<string, number>> {
  return inSession(database, 'snapshot', async (session) => {
    // The same tables a backup copies, read where the backup reads them.
    const tables = await tablesInLoadOrder(session);
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await session.rows<{ count: number }>(
        `SELECT count(*)::int AS count FROM ${quoteName(name)}`,
      );
      counts[name] = row?.count ?? 0;
    }
    return counts;
  });
}
