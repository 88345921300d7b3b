import { decideCaseAction, type CaseAction, type CaseSubject } from '../access/policy.js';
import { commandsInPhase, type SipCommand } from './lifecycle.js';
import type { SipPhase } from './phase.js';

/**
 * The part a unit plays in a SIP. `invited` is an invitation not yet accepted; `accepted` means the unit takes
 * part in the meeting and the plan; `effort` means it is responsible for an effort in the current plan.
 */
export type UnitPart = 'convener' | 'invited' | 'accepted' | 'effort';

/** The access-policy action each step of the process needs. */
export const commandAction: Record<SipCommand, CaseAction> = {
  editNeed: 'writeNeed',
  recordConsent: 'recordConsent',
  declineConsent: 'recordConsent',
  withdrawConsent: 'withdrawConsent',
  savePreparation: 'prepare',
  invite: 'invite',
  rescheduleMeeting: 'invite',
  cancelMeeting: 'invite',
  recordAttendance: 'recordAttendance',
  enterHeldMeeting: 'recordAttendance',
  choosePlanTemplate: 'writePlan',
  savePlanDraft: 'writePlan',
  establishPlan: 'establishPlan',
  changePlan: 'writePlan',
  approvePlanVersion: 'approvePlan',
  recordFollowUp: 'followUp',
  close: 'close',
};

/**
 * What a unit may do with a SIP now: the steps the phase allows that the access policy grants the acting user.
 * The API sends this list with the case and the UI offers exactly these actions.
 */
export function allowedSipCommands(phase: SipPhase, subject: CaseSubject): SipCommand[] {
  return commandsInPhase(phase).filter(
    (command) => decideCaseAction(commandAction[command], subject).allowed,
  );
}
