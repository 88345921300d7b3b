import type { DatabaseConfig } from '../db/database.js';
import { backupRefused } from '../server/backup/backupRefused.js';
import { moveToPostgres } from '../server/backup/moveToPostgres.js';
import { verificationReport } from './verifyAuditReport.js';

/** `samplan move-to-postgres <DATABASE_URL>`: the embedded installation in DATA_DIR into an empty PostgreSQL. */
export async function runMoveToPostgres(
  databaseUrl: string,
  database: DatabaseConfig,
): Promise<{ ok: boolean; report: string }> {
  if (!('dataDir' in database) || database.dataDir === null) throw backupRefused('moveNeedsDataDirectory');
  const moved = await moveToPostgres(database.dataDir, databaseUrl);
  const counts = moved.differing.length
    ? moved.differing.map(
        (d) => `Row count differs in ${d.table}: ${d.source} embedded, ${d.target} in PostgreSQL.`,
      )
    : [`Row counts match in all ${moved.tables} tables (${moved.rows} rows).`];
  const ok = moved.differing.length === 0 && moved.accessLog.ok;
  const next = ok
    ? [
        '',
        "To switch: set DATABASE_URL to this database in Samplan's environment (DATA_DIR is then not used) and start Samplan.",
        `The data directory ${database.dataDir} is left as it was: keep it until you are sure, as the way back.`,
      ]
    : ['', 'The move is NOT complete. Keep running on the data directory and drop this PostgreSQL database.'];
  return { ok, report: [...counts, verificationReport(moved.accessLog), ...next].join('\n') };
}
