import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';

/** Every row of every table that holds case data, to show a refused request changed nothing. */
const tables = [
  'persons',
  'sips',
  'sipParticipants',
  'consents',
  'consentScopeUnits',
  'preparations',
  'meetings',
  'invitations',
  'plans',
  'planVersions',
  'followUps',
  'sipEvents',
] as const;

export async function snapshotCaseData(db: Kysely<DB>): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await db
      .selectFrom(table)
      .selectAll()
      .orderBy(sql`1, 2`)
      .execute();
  }
  return result;
}
