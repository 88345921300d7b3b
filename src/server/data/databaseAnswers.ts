import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The database answers a statement; rejects as the driver does when it cannot be reached. */
export async function databaseAnswers(db: Kysely<DB>): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
