import { sql, type Expression, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { ConsentsTable, DB } from '../../db/schema.js';
import type { DueCondition } from './dueOccasion.js';

/**
 * The consent aggregate's reads and writes: each decision the individual made (given with its scope of units, or
 * declined) and its withdrawal. The consent that counts is the latest recorded; earlier ones are history. Callers
 * hold the case's lock (runCaseWrite) for every write.
 */

/** The case's latest recorded consent, the one that counts; undefined when none has been recorded. */
export async function latestConsent(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('sipId', '=', sipId)
    .orderBy('recordedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The rule of `latestConsent` as a condition inside queries: the consent is the case's latest recorded. */
export function isLatestConsent(
  consentId: Expression<string>,
  sipId: Expression<string>,
): Expression<SqlBool> {
  return sql<SqlBool>`${consentId} = (
    SELECT latest.id FROM consents latest WHERE latest.sip_id = ${sipId}
    ORDER BY latest.recorded_at DESC, latest.id DESC LIMIT 1
  )`;
}

/** Whether the consent names the unit among those it lets take part. */
export async function consentNamesUnit(db: Kysely<DB>, consentId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('consentScopeUnits')
    .select('unitId')
    .where('consentId', '=', consentId)
    .where('unitId', '=', unitId)
    .executeTakeFirst();
  return row !== undefined;
}

type Decision = Omit<
  Insertable<ConsentsTable>,
  'recordedAt' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawalNote' | 'withdrawnByIdentityId'
>;

/** A decision recorded now, in force until withdrawn; a consent given names its units in `scopeUnitIds`. */
export async function insertConsent(db: Kysely<DB>, decision: Decision, scopeUnitIds: string[] = []): Promise<void> {
  await db
    .insertInto('consents')
    .values({ ...decision, withdrawnAt: null, withdrawnBy: null })
    .execute();
  if (scopeUnitIds.length === 0) return;
  await db
    .insertInto('consentScopeUnits')
    .values(scopeUnitIds.map((unitId) => ({ consentId: decision.id, unitId })))
    .execute();
}

/**
 * The consent given and in force is withdrawn now, with the note why: by a staff user (`withdrawnBy`) or by the
 * individual or a guardian on their own pages (`withdrawnByIdentityId`).
 */
export async function withdrawConsentGiven(
  db: Kysely<DB>,
  sipId: string,
  withdrawal: ({ withdrawnBy: string } | { withdrawnByIdentityId: string }) & { withdrawalNote: string },
): Promise<void> {
  await db
    .updateTable('consents')
    .set({ withdrawnAt: new Date(), ...withdrawal })
    .where('sipId', '=', sipId)
    .where('decision', '=', 'given')
    .where('withdrawnAt', 'is', null)
    .execute();
}

/**
 * Consents in force on open cases whose end falls from `from` through `through`, each with its case's convening
 * unit: a reminder's occasions, one per consent. Only the latest consent counts; an earlier one ending is no news.
 */
export function consentsEnding(
  db: Kysely<DB>,
  dates: { from: string; through: Expression<string> },
  due: DueCondition,
) {
  const key = sql<string>`c.id::text`;
  return db
    .selectFrom('consents as c')
    .innerJoin('sips as s', 's.id', 'c.sipId')
    .select(['c.id as subjectId', key.as('key'), 'c.sipId', 's.conveningUnitId as unitId'])
    .where('c.decision', '=', 'given')
    .where('c.withdrawnAt', 'is', null)
    .where('c.validUntil', '>=', dates.from)
    .where('c.validUntil', '<=', dates.through)
    .where('s.phase', 'not in', ['closed', 'paused', 'consent_declined'])
    .where(isLatestConsent(sql.ref('c.id'), sql.ref('c.sipId')))
    .where(due(sql.ref('c.id'), key))
    .execute();
}
