import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import { decideCaseAction } from '../../domain/access/policy.js';
import { notFound } from '../../domain/errors.js';
import { commandAction } from '../../domain/sip/allowedActions.js';
import { nextPhase, type SipCommand } from '../../domain/sip/lifecycle.js';
import { refusal } from '../access/caseAccess.js';
import { runCaseWrite, type LockedCase } from './caseLock.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import type { Actor } from './actor.js';
import { logAccess } from '../audit/logAccess.js';
import { appendEvent, type EventActor } from '../data/caseHistory.js';
import { theSip } from './theSip.js';
import { recordStep } from '../data/cases.js';

export interface CommandContext extends LockedCase {
  /** The phase the SIP will be in when the command succeeds. */
  next: SipPhase;
}

export interface CommandOutcome<T> {
  result: T;
  /** What the event records besides the phases; never identity numbers or free text about the person. */
  eventData?: Record<string, unknown>;
}

/**
 * Runs one step of the SIP process in the case's write skeleton (runCaseWrite): with the case locked, ask the
 * access policy (404 when the unit may not know of the case), check that the lifecycle allows the step now (409),
 * then the policy's other refusals (403); do the work; move the phase and append the event. Any refusal inside
 * `work` rolls everything back.
 */
export async function runSipCommand<T>(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  command: SipCommand,
  work: (context: CommandContext) => Promise<CommandOutcome<T>>,
): Promise<T> {
  return runCaseWrite(db, actor, { sipId }, async (locked) => {
    if (!locked) throw notFound(theSip);
    const { trx, sip, subject } = locked;
    const decision = decideCaseAction(commandAction[command], subject);
    // A unit that may not know of the case learns nothing; one that may is told first what the phase allows.
    if (!decision.allowed && decision.status === 404) throw refusal(decision);
    const next = nextPhase(sip.phase, command, sip.phaseBeforePause ?? undefined);
    if (!decision.allowed) throw refusal(decision);
    const outcome = await work({ trx, sip, subject, next });
    await completeStep(trx, { sip, next, command, actor, eventData: outcome.eventData });
    await logAccess(trx, actor, `write:${command}`, { sipId, personId: sip.personId });
    return outcome.result;
  });
}

/**
 * The end of every step, whoever took it (staff, or the individual on their own pages): the case moves to its next
 * phase and the step is appended to its history.
 */
export async function completeStep(
  trx: Transaction<DB>,
  step: {
    sip: Selectable<SipsTable>;
    next: SipPhase;
    command: SipCommand;
    actor: EventActor;
    eventData: Record<string, unknown> | undefined;
  },
): Promise<void> {
  const { sip, next } = step;
  await recordStep(trx, sip.id, {
    phase: next,
    phaseBeforePause: next === 'paused' ? sip.phase : next === sip.phase ? sip.phaseBeforePause : null,
    revision: sip.revision + 1,
  });
  await appendEvent(trx, sip.id, step.actor, step.command, { from: sip.phase, to: next }, step.eventData);
}
