import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ConsentState } from '../../domain/access/policy.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';

/** The consent that counts is the latest recorded; earlier ones are history. */
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

/** What the rule reads of the latest consent. */
export type ConsentFacts = { decision: 'given' | 'declined'; withdrawn: boolean; validUntil: string | null };

/** The consent as it stands today for one unit, from the latest consent and whether it names the unit. */
export function consentStateOf(
  consent: ConsentFacts | undefined,
  namesUnit: boolean,
  today: string,
): ConsentState {
  if (!consent) return 'none';
  if (consent.decision === 'declined') return 'declined';
  if (consent.withdrawn) return 'withdrawn';
  if (consent.validUntil !== null && consent.validUntil < today) return 'expired';
  return namesUnit ? 'given' : 'scope_excludes_unit';
}

/** The consent as it stands today for one unit: in force for it, or why not. */
export async function consentStateFor(
  db: Kysely<DB>,
  sipId: string,
  unitId: string,
  today: string,
): Promise<ConsentState> {
  const consent = await latestConsent(db, sipId);
  const inScope =
    consent &&
    (await db
      .selectFrom('consentScopeUnits')
      .select('unitId')
      .where('consentId', '=', consent.id)
      .where('unitId', '=', unitId)
      .executeTakeFirst());
  const facts = consent && { ...consent, withdrawn: consent.withdrawnAt !== null };
  return consentStateOf(facts, inScope !== undefined, today);
}

/** The unit takes part in the case: in any part, or in one of `parts`. */
export function takesPart(
  sipId: Expression<string>,
  unitId: string,
  parts?: readonly UnitPart[],
): Expression<SqlBool> {
  const inParts = parts ? sql` AND p.part IN (${sql.join(parts)})` : sql``;
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM sip_participants p WHERE p.sip_id = ${sipId} AND p.unit_id = ${unitId}${inParts}
  )`;
}

/**
 * `consentStateFor(…) === 'given'` as a condition inside queries: the case's latest consent is given, not
 * withdrawn, not expired, and names the unit. The latest consent is read first and then checked — one probe of
 * consents_latest per case — rather than every consent of the case being compared with the latest.
 */
function consentInForce(sipId: Expression<string>, unitId: string, today: string): Expression<SqlBool> {
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM (
      SELECT c.id, c.decision, c.withdrawn_at, c.valid_until FROM consents c
      WHERE c.sip_id = ${sipId} ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1
    ) latest
    JOIN consent_scope_units named ON named.consent_id = latest.id AND named.unit_id = ${unitId}
    WHERE latest.decision = 'given' AND latest.withdrawn_at IS NULL
      AND (latest.valid_until IS NULL OR latest.valid_until >= ${today}::date)
  )`;
}

/**
 * Whether a unit that takes part in a case may see it: always when it convenes it, else while the consent in force
 * names it. `convenes` is the query's own way of knowing; queries that already hold the unit's parts pass them.
 */
export function visibleWhenTakingPart(
  convenes: Expression<SqlBool>,
  sipId: Expression<string>,
  unitId: string,
  today: string,
): Expression<SqlBool> {
  return sql<SqlBool>`(${convenes} OR ${consentInForce(sipId, unitId, today)})`;
}

/**
 * The same rule as a condition inside list queries, so no list can show a case the unit may not see: the unit
 * takes part, and convenes the case or is named by the consent in force. It is written as two conditions for the
 * planner's sake. "Takes part" on its own lets a query start from the unit's participations, which is cheapest
 * for a unit with few cases. The rule itself is a subquery that first looks for the unit's participation and only
 * then asks for the consent, so a query that walks all the county's cases spends one index probe on each case of
 * another unit; as a subquery (not a second EXISTS) it does not make the planner count "takes part" twice.
 */
export function visibleToUnit(sipId: Expression<string>, unitId: string, today: string): Expression<SqlBool> {
  return sql<SqlBool>`(${takesPart(sipId, unitId)} AND (
    SELECT true FROM sip_participants p WHERE p.sip_id = ${sipId} AND p.unit_id = ${unitId}
      AND ${visibleWhenTakingPart(sql<SqlBool>`p.part = 'convener'`, sipId, unitId, today)}
    LIMIT 1
  ) IS NOT NULL)`;
}
