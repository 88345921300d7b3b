import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  decideCaseAction,
  type CaseAction,
  type CaseSubject,
  type Decision,
  type UnitRelation,
} from '../../domain/access/policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { Actor } from '../sips/actor.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';
import { theSip } from '../sips/participation.js';
import { consentStateOf, type ConsentFacts } from './consentInForce.js';

/**
 * Who the acting user is to this SIP: their role, their unit's parts in it, and the latest consent as it stands
 * for that unit — read in one statement, since every request on a case asks it first.
 */
export async function caseSubject(db: Kysely<DB>, sipId: string, actor: Actor): Promise<CaseSubject> {
  const { unitId } = actor;
  const { rows } = await sql<{ parts: UnitPart[]; consent: ConsentFacts | null; namesUnit: boolean }>`
    SELECT
      ARRAY(SELECT p.part FROM sip_participants p WHERE p.sip_id = ${sipId} AND p.unit_id = ${unitId}) AS parts,
      CASE WHEN c.id IS NOT NULL THEN json_build_object(
        'decision', c.decision, 'withdrawn', c.withdrawn_at IS NOT NULL, 'validUntil', c.valid_until
      ) END AS consent,
      EXISTS (SELECT 1 FROM consent_scope_units s WHERE s.consent_id = c.id AND s.unit_id = ${unitId})
        AS names_unit
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT id, decision, withdrawn_at, valid_until FROM consents WHERE sip_id = ${sipId}
      ORDER BY recorded_at DESC, id DESC LIMIT 1
    ) c ON TRUE`.execute(db);
  const { parts, consent, namesUnit } = rows[0]!;
  const relations = new Set<UnitRelation>(parts);
  return {
    role: actor.role,
    relations,
    // A unit that takes no part learns nothing, so the consent is not its concern.
    consent: relations.size > 0 ? consentStateOf(consent ?? undefined, namesUnit, stockholmDate()) : 'none',
  };
}

const refusals: Record<string, { sv: string; en: string }> = {
  consent_not_in_force: {
    sv: 'Samtycket gäller inte längre, så det går inte just nu. Registrera ett nytt samtycke eller avsluta SIP:en.',
    en: 'The consent is no longer in force, so this cannot be done now. Record a new consent or close the SIP.',
  },
  not_allowed_for_unit: {
    sv: 'Din enhets roll i den här SIP:en ger inte behörighet till det.',
    en: 'Your unit’s part in this SIP does not allow that.',
  },
};

/**
 * The one place a case action is authorised. A refusal that must not reveal the SIP is a 404 like a wrong id;
 * the others say why in both languages.
 */
export async function authorizeCase(
  db: Kysely<DB>,
  sipId: string,
  actor: Actor,
  action: CaseAction,
): Promise<CaseSubject> {
  const subject = await caseSubject(db, sipId, actor);
  const decision = decideCaseAction(action, subject);
  if (!decision.allowed) throw refusal(decision);
  return subject;
}

export function refusal(decision: Exclude<Decision, { allowed: true }>): DomainError {
  if (decision.status === 404) return notFound(theSip);
  return new DomainError(
    'forbidden',
    decision.code,
    refusals[decision.code] ?? refusals.not_allowed_for_unit!,
  );
}

export function mayDo(subject: CaseSubject, action: CaseAction): boolean {
  return decideCaseAction(action, subject).allowed;
}
