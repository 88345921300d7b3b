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
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { accessRefusalsEn } from '../../shared/words/accessRefusals.en.js';
import { accessRefusalsSv } from '../../shared/words/accessRefusals.sv.js';
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

const words = { sv: accessRefusalsSv, en: accessRefusalsEn };

/** Whether the words say why for this code; any other refusal is said as one the unit's part does not allow. */
const isExplained = (code: string): code is keyof typeof accessRefusalsSv.case =>
  Object.hasOwn(accessRefusalsSv.case, code);

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
  const reason = isExplained(decision.code) ? decision.code : 'not_allowed_for_unit';
  return new DomainError(
    'forbidden',
    decision.code,
    bothLanguages(words, (said) => said.case[reason]),
  );
}

export function mayDo(subject: CaseSubject, action: CaseAction): boolean {
  return decideCaseAction(action, subject).allowed;
}
