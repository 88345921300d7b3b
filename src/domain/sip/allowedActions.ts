import { commandsInPhase, type SipCommand } from './lifecycle.js';
import type { SipPhase } from './phase.js';

/**
 * The part a unit plays in a SIP. `invited` is an invitation not yet accepted; `accepted` means the unit takes
 * part in the meeting and the plan; `effort` means it is responsible for an effort in the current plan.
 */
export type UnitPart = 'convener' | 'invited' | 'accepted' | 'effort';

/** Commands only the convening unit gives: they steer the case as a whole. */
const convenerCommands: ReadonlySet<SipCommand> = new Set([
  'editNeed',
  'recordConsent',
  'declineConsent',
  'withdrawConsent',
  'savePreparation',
  'invite',
  'rescheduleMeeting',
  'recordAttendance',
  'establishPlan',
  'close',
]);

/** Commands every unit that takes part in the plan may give, so each writes its own part. */
const participantCommands: ReadonlySet<SipCommand> = new Set([
  'savePlanDraft',
  'changePlan',
  'approvePlanVersion',
  'recordFollowUp',
]);

/**
 * What a unit may do with a SIP, given the case's phase and the unit's parts in it. The API sends this list with
 * the case and the UI offers exactly these actions.
 */
export function allowedSipCommands(phase: SipPhase, parts: ReadonlySet<UnitPart>): SipCommand[] {
  const convener = parts.has('convener');
  const participant = convener || parts.has('accepted') || parts.has('effort');
  return commandsInPhase(phase).filter(
    (command) =>
      (convener && convenerCommands.has(command)) || (participant && participantCommands.has(command)),
  );
}

export function takesPart(parts: ReadonlySet<UnitPart>): boolean {
  return parts.size > 0;
}
