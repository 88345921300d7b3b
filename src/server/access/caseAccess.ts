import type { Kysely } from 'kysely';
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
import { theSip, unitParts } from '../sips/participation.js';
import { consentStateFor } from './consentInForce.js';

/** Who the acting user is to this SIP: their role, their unit's relations to it, and the consent for that unit. */
export async function caseSubject(db: Kysely<DB>, sipId: string, actor: Actor): Promise<CaseSubject> {
  const relations: Set<UnitRelation> = await unitParts(db, sipId, actor.unitId);
  const consent =
    relations.size > 0 ? await consentStateFor(db, sipId, actor.unitId, stockholmDate()) : 'none';
  return { role: actor.role, relations, consent };
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
