import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ConsentState } from '../../domain/access/policy.js';
import { consentNamesUnit, latestConsent } from '../data/consents.js';

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
  const facts = consent && { ...consent, withdrawn: consent.withdrawnAt !== null };
  return consentStateOf(
    facts,
    consent !== undefined && (await consentNamesUnit(db, consent.id, unitId)),
    today,
  );
}

/**
 * The rule of the access policy for seeing a case, as a condition inside queries, so no list can show a case the
 * unit may not see: the unit takes part, and convenes the case or is named by the consent in force. Read from
 * unit_cases, which the database keeps from the case tables with every change (0017_unit_cases.sql); one index
 * probe per case.
 */
export function visibleToUnit(sipId: Expression<string>, unitId: string, today: string): Expression<SqlBool> {
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM unit_cases v
    WHERE v.sip_id = ${sipId} AND v.unit_id = ${unitId} AND v.visible_through >= ${today}::date
  )`;
}
