import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Refills every statistics facts table from the case tables in one set-based pass. For bulk loads that write
 * the case tables directly; each step of the process keeps the facts current by itself (0011_statistics.sql).
 */
export async function rebuildStatisticsFacts(db: Kysely<DB>): Promise<void> {
  await sql`SELECT rebuild_statistics_facts()`.execute(db);
}
