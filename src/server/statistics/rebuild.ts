import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Refills every statistics facts table and both rollups from the case tables, by the same per-SIP refresh each
 * step runs, a batch of SIPs at a time (0014_statistics_per_sip.sql). For bulk loads that write the case tables
 * directly with the refresh switched off.
 */
export async function rebuildStatisticsFacts(db: Kysely<DB>): Promise<void> {
  await sql`SELECT rebuild_statistics_facts()`.execute(db);
}
