import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { decideCaseAction, type CaseAction, type CaseSubject } from '../../domain/access/policy.js';
import { isAllowed } from '../../domain/sip/lifecycle.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import { conflict, notFound } from '../../domain/errors.js';
import type { caseChangeValues } from '../../shared/api/vocabulary.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { takingPartRefusalsEn } from '../../shared/words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../../shared/words/takingPartRefusals.sv.js';
import { refusal } from '../access/caseAccess.js';
import { logAccess } from '../audit/logAccess.js';
import { appendEvent } from '../data/caseHistory.js';
import type { Actor } from './actor.js';
import { runCaseWrite, type LockedCase } from './caseLock.js';
import { theSip } from './theSip.js';

export type CaseChange = (typeof caseChangeValues)[number];

/**
 * The access-policy action each change needs. Who takes part from the individual's side and where their notices
 * go are the convener's, like the need; the child's view goes into the plan draft, so it is the plan writers'.
 */
export const caseChangeAction: Record<CaseChange, CaseAction> = {
  recordGuardian: 'writeNeed',
  removeGuardian: 'writeNeed',
  decideChildSignIn: 'writeNeed',
  recordPersonContact: 'writeNeed',
  confirmChildView: 'writePlan',
};

/** The changes the acting unit may make now, which the case page offers: none on a closed case. */
export function allowedCaseChanges(phase: SipPhase, subject: CaseSubject): CaseChange[] {
  if (phase === 'closed') return [];
  return (Object.keys(caseChangeAction) as CaseChange[]).filter(
    (change) =>
      decideCaseAction(caseChangeAction[change], subject).allowed &&
      // The child's view is written into a draft: only while the plan is being written.
      (change !== 'confirmChildView' || isAllowed(phase, 'savePlanDraft')),
  );
}

const words = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };

/**
 * A change to a case that leaves its phase as it is, in the case's write skeleton (runCaseWrite): with the case
 * locked, ask the access policy for the change's action (404 when the unit may not know of the case), refuse a closed case
 * (409), do the work, then record the change in the case's history and the access in the log. Any refusal inside
 * `work` rolls everything back.
 */
export function runCaseChange<T>(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  change: CaseChange,
  work: (locked: LockedCase) => Promise<{ result: T; eventData?: Record<string, unknown> }>,
): Promise<T> {
  return runCaseWrite(db, actor, { sipId }, async (locked) => {
    if (!locked) throw notFound(theSip);
    const decision = decideCaseAction(caseChangeAction[change], locked.subject);
    if (!decision.allowed && decision.status === 404) throw refusal(decision);
    if (locked.sip.phase === 'closed') {
      throw conflict(
        'sip_closed',
        bothLanguages(words, (said) => said.sipClosed),
      );
    }
    if (!decision.allowed) throw refusal(decision);
    const outcome = await work(locked);
    await appendEvent(locked.trx, sipId, actor, change, { from: null, to: null }, outcome.eventData);
    await logAccess(locked.trx, actor, `write:${change}`, { sipId, personId: locked.sip.personId });
    return outcome.result;
  });
}
