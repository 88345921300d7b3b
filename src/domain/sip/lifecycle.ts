import { conflict } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { phaseName } from '../../shared/words/phaseName.js';
import { refusalsEn } from '../../shared/words/refusals.en.js';
import { refusalsSv } from '../../shared/words/refusals.sv.js';
import type { SipPhase } from './phase.js';
import { sipCommandValues } from '../../shared/api/vocabulary.js';

/**
 * The SIP lifecycle as an explicit state machine: for each command, the phases it may be given in and the
 * phase it leads to. Anything not listed is refused, so a new command is closed until someone opens it here.
 */
export const sipCommands = sipCommandValues;

export type SipCommand = (typeof sipCommands)[number];

/** `'same'` keeps the phase; `'resume'` returns to the phase the case had before it was paused. */
type Target = SipPhase | 'same' | 'resume';

const transitions: Record<SipCommand, Partial<Record<SipPhase, Target>>> = {
  editNeed: { need_identified: 'same', consent_declined: 'same', preparation: 'same', invitation: 'same' },
  recordConsent: {
    need_identified: 'preparation',
    consent_declined: 'preparation',
    paused: 'resume',
    // A consent given anew (wider scope, new period) while the case runs keeps its phase.
    preparation: 'same',
    invitation: 'same',
    meeting_held: 'same',
    plan_established: 'same',
  },
  declineConsent: { need_identified: 'consent_declined' },
  withdrawConsent: {
    preparation: 'paused',
    invitation: 'paused',
    meeting_held: 'paused',
    plan_established: 'paused',
  },
  savePreparation: { preparation: 'same', invitation: 'same' },
  invite: {
    preparation: 'invitation',
    invitation: 'same',
    // A new meeting after one that produced no plan.
    meeting_held: 'invitation',
    // A follow-up meeting for a running plan.
    plan_established: 'same',
  },
  rescheduleMeeting: { invitation: 'same', plan_established: 'same' },
  // Back to preparing, from where a new meeting can be set; a cancelled follow-up meeting leaves the plan in force.
  cancelMeeting: { invitation: 'preparation', plan_established: 'same' },
  recordAttendance: { invitation: 'meeting_held', plan_established: 'same' },
  // A meeting held without Samplan (on paper, at short notice), entered afterwards with who was there. Not while
  // a meeting is being called: its attendance is recorded instead.
  enterHeldMeeting: { preparation: 'meeting_held', meeting_held: 'same', plan_established: 'same' },
  // The template guides the writing: chosen while preparing, or whenever the plan is written or changed.
  choosePlanTemplate: {
    preparation: 'same',
    invitation: 'same',
    meeting_held: 'same',
    plan_established: 'same',
  },
  savePlanDraft: { invitation: 'same', meeting_held: 'same' },
  establishPlan: { meeting_held: 'plan_established' },
  changePlan: { plan_established: 'same' },
  approvePlanVersion: { plan_established: 'same' },
  recordFollowUp: { plan_established: 'same' },
  close: {
    need_identified: 'closed',
    consent_declined: 'closed',
    preparation: 'closed',
    invitation: 'closed',
    meeting_held: 'closed',
    plan_established: 'closed',
    paused: 'closed',
  },
};

/** The words of a refused step, in both languages. */
const refusalWords = { sv: refusalsSv, en: refusalsEn };

export function isAllowed(phase: SipPhase, command: SipCommand): boolean {
  return transitions[command][phase] !== undefined;
}

/**
 * The phase after `command`, or a refusal naming the phase and the command. `phaseBeforePause` is needed only
 * when a paused case is given consent again.
 */
export function nextPhase(phase: SipPhase, command: SipCommand, phaseBeforePause?: SipPhase): SipPhase {
  const target = transitions[command][phase];
  if (target === undefined) {
    const current = phaseName(phase);
    throw conflict(
      phase === 'closed' ? 'sip_closed' : 'illegal_transition',
      bothLanguages(refusalWords, (words, language) =>
        fill(phase === 'closed' ? words.sipClosed : words.notInPhase, {
          step: words.step[command],
          phase: current[language],
        }),
      ),
      { phase, command },
    );
  }
  if (target === 'same') return phase;
  if (target === 'resume') return phaseBeforePause ?? 'preparation';
  return target;
}

/** Commands that may be given in `phase`; the UI offers only these. */
export function commandsInPhase(phase: SipPhase): SipCommand[] {
  return (Object.keys(transitions) as SipCommand[]).filter((command) => isAllowed(phase, command));
}
