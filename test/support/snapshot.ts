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

/**
 * One value that changes whenever any row of case data changes: a cheap stand-in for the full snapshot where
 * thousands of requests are checked.
 */
export async function fingerprintCaseData(db: Kysely<DB>): Promise<string> {
  const parts = tableNames.map(
    (table) =>
      sql`(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${sql.table(table)} t)`,
  );
  const result = await sql<{
    fingerprint: string;
  }>`SELECT concat_ws(',', ${sql.join(parts)}) AS fingerprint`.execute(db);
  return result.rows[0]!.fingerprint;
}

const tableNames = [
  'persons',
  'sips',
  'sip_participants',
  'consents',
  'consent_scope_units',
  'preparations',
  'meetings',
  'invitations',
  'plans',
  'plan_versions',
  'follow_ups',
  'sip_events',
];
