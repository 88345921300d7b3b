import { conflict } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { invitationRefusalsEn } from '../../shared/words/invitationRefusals.en.js';
import { invitationRefusalsSv } from '../../shared/words/invitationRefusals.sv.js';
import type { SipPhase } from '../sip/phase.js';
import {
  invitationAllows,
  invitationCommands,
  invitationStatuses,
  nextInvitationStatus,
  type InvitationCommand,
  type InvitationStatus,
} from './lifecycle.js';

const words = { sv: invitationRefusalsSv, en: invitationRefusalsEn };

/** A meeting's status as stored: ahead of us, held, or cancelled. */
export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

/**
 * The one rule for whether an invitation can still be answered: its meeting is still ahead (not held, not
 * cancelled) and the case is neither paused nor closed. The server refuses answers by it, the presenters offer
 * the answers it allows, and the inbox lists by the same lists in its query.
 */
export const meetingStatusOpenToAnswers: MeetingStatus = 'scheduled';
export const phasesClosedToAnswers = ['paused', 'closed'] as const satisfies readonly SipPhase[];

/** Statuses from which some answer is still possible: sent, or acknowledged and not yet answered. */
export const unansweredInvitationStatuses: readonly InvitationStatus[] = invitationStatuses.filter((status) =>
  invitationCommands.some((command) => invitationAllows(status, command)),
);

export interface InvitationSituation {
  phase: SipPhase;
  meetingStatus: MeetingStatus;
  status: InvitationStatus;
}

function openToAnswers({ phase, meetingStatus }: InvitationSituation): boolean {
  return (
    meetingStatus === meetingStatusOpenToAnswers &&
    !(phasesClosedToAnswers as readonly SipPhase[]).includes(phase)
  );
}

/** The answers the invited unit may give now, in the order it gives them; none once the invitation is closed. */
export function invitationAnswers(situation: InvitationSituation): InvitationCommand[] {
  if (!openToAnswers(situation)) return [];
  return invitationCommands.filter((command) => invitationAllows(situation.status, command));
}

/**
 * The status an answer moves the invitation to, or the 409 that says why it cannot be given: first that the
 * meeting or the case no longer takes answers, then that this invitation has already had its answer.
 */
export function answerInvitationNow(
  situation: InvitationSituation,
  command: InvitationCommand,
): InvitationStatus {
  if (!openToAnswers(situation)) {
    throw conflict(
      'invitation_no_longer_open',
      bothLanguages(words, (said) => said.noLongerOpen),
    );
  }
  return nextInvitationStatus(situation.status, command);
}
