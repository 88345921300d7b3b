import { conflict } from '../errors.js';
import { attendanceValues, invitationStatusValues } from '../../shared/api/vocabulary.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { invitationRefusalsEn } from '../../shared/words/invitationRefusals.en.js';
import { invitationRefusalsSv } from '../../shared/words/invitationRefusals.sv.js';
import { vocabEn } from '../../shared/words/vocab.en.js';
import { vocabSv } from '../../shared/words/vocab.sv.js';

/**
 * An invitation to a SIP meeting, as the invited unit handles it: it acknowledges receipt, then accepts (naming
 * who attends) or declines with a reason, or forwards it to another unit of its own organisation. An answer is
 * final; a changed meeting is seen by everyone but does not reopen it.
 */
export const invitationStatuses = invitationStatusValues;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const invitationCommands = ['acknowledge', 'accept', 'decline', 'forward'] as const;
export type InvitationCommand = (typeof invitationCommands)[number];

const transitions: Record<InvitationCommand, Partial<Record<InvitationStatus, InvitationStatus>>> = {
  acknowledge: { sent: 'acknowledged' },
  accept: { sent: 'accepted', acknowledged: 'accepted' },
  decline: { sent: 'declined', acknowledged: 'declined' },
  forward: { sent: 'forwarded', acknowledged: 'forwarded' },
};

/** The refusals' words, with a kallelse's standing named as the pages name it. */
const words = {
  sv: { ...invitationRefusalsSv, status: vocabSv.invitationStatus },
  en: { ...invitationRefusalsEn, status: vocabEn.invitationStatus },
};

export function invitationAllows(status: InvitationStatus, command: InvitationCommand): boolean {
  return transitions[command][status] !== undefined;
}

export function nextInvitationStatus(status: InvitationStatus, command: InvitationCommand): InvitationStatus {
  const next = transitions[command][status];
  if (next !== undefined) return next;
  const answered = status === 'accepted' || status === 'declined' || status === 'forwarded';
  throw conflict(
    answered ? 'invitation_already_answered' : 'invitation_already_acknowledged',
    bothLanguages(words, (said) =>
      answered
        ? fill(said.alreadyAnswered, { status: said.status[status].toLowerCase() })
        : said.alreadyAcknowledged,
    ),
    { invitationStatus: status, command },
  );
}

/** Invitations still in play: those that were forwarded live on as the invitation to the new unit. */
export function isActiveInvitation(status: InvitationStatus): boolean {
  return status !== 'forwarded';
}

export { attendanceValues };
export type Attendance = (typeof attendanceValues)[number];
