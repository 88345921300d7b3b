import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  decideCaseAction,
  type CaseAction,
  type CaseSubject,
  type Decision,
} from '../../domain/access/policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';
import { theSip } from '../sips/theSip.js';
import { caseStandingSql, subjectOf, type CaseStanding } from './caseStanding.js';
import { prepared } from '../../db/preparedStatements.js';

/**
 * Who the acting user is to this SIP: their role, their unit's parts in it, and the latest consent as it stands
 * for that unit — read in one statement.
 */
export async function caseSubject(db: Kysely<DB>, sipId: string, actor: Actor): Promise<CaseSubject> {
  const { rows } = await sql<{ standing: CaseStanding }>`
    ${sql.raw(prepared('case_standing'))} SELECT ${caseStandingSql(sipId, actor.unitId)} AS standing`.execute(
    db,
  );
  return subjectOf(rows[0]!.standing, actor.role);
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
 * The one place a case action is authorised, on the unit's standing as read now or, by the request's first
 * statement, a moment ago (`standing`). A refusal that must not reveal the SIP is a 404 like a wrong id;
 * the others say why in both languages.
 */
export async function authorizeCase(
  db: Kysely<DB>,
  sipId: string,
  actor: Actor,
  action: CaseAction,
  standing?: CaseStanding,
): Promise<CaseSubject> {
  const subject = standing ? subjectOf(standing, actor.role) : await caseSubject(db, sipId, actor);
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
