import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../../db/schema.js';
import { conflict, notFound, unprocessable } from '../../../domain/errors.js';
import { answerInvitationNow } from '../../../domain/invitation/answerable.js';
import type { InvitationCommand } from '../../../domain/invitation/lifecycle.js';
import type { sipEventTypes } from '../../../shared/api/vocabulary.js';
import type { Actor } from '../actor.js';
import { theInvitation } from '../../access/invitationAccess.js';
import { logAccess } from '../../audit/logAccess.js';
import {
  insertInvitation,
  invitationWithMeeting,
  unitsInvitedTo,
  updateInvitation,
} from '../../data/invitations.js';
import { noticeInvitation } from '../../notifications/caseNotices.js';
import { runCaseWrite } from '../caseLock.js';
import { appendEvent } from '../../data/caseHistory.js';
import { unitDirectory } from '../../data/directory.js';
import { addPart, removePart } from '../../data/participation.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { invitationRefusalsEn } from '../../../shared/words/invitationRefusals.en.js';
import { invitationRefusalsSv } from '../../../shared/words/invitationRefusals.sv.js';

const words = { sv: invitationRefusalsSv, en: invitationRefusalsEn };

export type InvitationAnswer =
  | { command: 'acknowledge' }
  | { command: 'accept'; attendees: string }
  | { command: 'decline'; reason: string }
  | { command: 'forward'; unitId: string; note: string };

const eventTypes: Record<InvitationCommand, (typeof sipEventTypes)[number]> = {
  acknowledge: 'invitationAcknowledged',
  accept: 'invitationAccepted',
  decline: 'invitationDeclined',
  forward: 'invitationForwarded',
};

/**
 * The invited unit's answers: acknowledge receipt, then accept (naming who attends) or decline with a reason, or
 * forward to another unit of its own organisation. Only the addressed unit may answer; to anyone else the
 * invitation does not exist. Written under the case's lock, like every step on the case, so an answer and a
 * cancelled meeting, a closed case or another answer cannot both win: the later one sees the earlier and is
 * refused with 409.
 */
export function answerInvitation(
  db: Kysely<DB>,
  actor: Actor,
  invitationId: string,
  answer: InvitationAnswer,
): Promise<string> {
  return runCaseWrite(db, actor, { invitationId }, async (locked) => {
    const invitation = locked && (await invitationWithMeeting(locked.trx, invitationId));
    if (!locked || !invitation || invitation.unitId !== actor.unitId) throw notFound(theInvitation);
    const { trx, sip } = locked;
    const status = answerInvitationNow(
      { phase: sip.phase, meetingStatus: invitation.meetingStatus, status: invitation.status },
      answer.command,
    );
    const now = new Date();
    const seen = { seenSequence: invitation.meetingSequence };
    const by = answererColumns(actor);
    const acknowledgement = { acknowledgedAt: now, ...by.acknowledged };
    // An answer without a separate acknowledgement also confirms receipt.
    const answered = {
      status,
      answeredAt: now,
      ...by.answered,
      ...(invitation.acknowledgedAt ? {} : acknowledgement),
      ...seen,
    };
    let eventData: Record<string, unknown> = { invitationId, unitId: invitation.unitId };
    switch (answer.command) {
      case 'acknowledge':
        await updateInvitation(trx, invitationId, { status, ...acknowledgement, ...seen });
        break;
      case 'accept':
        await updateInvitation(trx, invitationId, { ...answered, attendees: answer.attendees });
        await removePart(trx, invitation.sipId, invitation.unitId, 'invited');
        await addPart(trx, invitation.sipId, invitation.unitId, 'accepted');
        break;
      case 'decline':
        await updateInvitation(trx, invitationId, { ...answered, declineReason: answer.reason });
        await removePart(trx, invitation.sipId, invitation.unitId, 'invited');
        eventData = { ...eventData, obliged: invitation.obliged };
        break;
      case 'forward': {
        const units = await unitDirectory(trx, [invitation.unitId, answer.unitId]);
        const to = units.get(answer.unitId);
        const from = units.get(invitation.unitId);
        if (!to || to.organisationId !== from?.organisationId || answer.unitId === invitation.unitId) {
          throw unprocessable(
            'forward_outside_organisation',
            bothLanguages(words, (said) => said.forwardOutsideOrganisation),
            { field: 'unitId' },
          );
        }
        if ((await unitsInvitedTo(trx, invitation.meetingId, [answer.unitId])).length > 0) {
          throw conflict(
            'already_invited',
            bothLanguages(words, (said) => said.unitAlreadyInvited),
          );
        }
        await updateInvitation(trx, invitationId, {
          status,
          answeredAt: now,
          ...by.answered,
          forwardNote: answer.note,
        });
        const forwarded = {
          id: uuidv7(),
          sipId: invitation.sipId,
          meetingId: invitation.meetingId,
          unitId: answer.unitId,
        };
        await insertInvitation(trx, {
          ...forwarded,
          obliged: invitation.obliged,
          status: 'sent',
          message: invitation.message,
          sentBy: invitation.sentBy,
          forwardedFromId: invitationId,
          forwardNote: answer.note,
        });
        await removePart(trx, invitation.sipId, invitation.unitId, 'invited');
        await addPart(trx, invitation.sipId, answer.unitId, 'invited');
        await noticeInvitation(trx, forwarded);
        eventData = { ...eventData, toUnitId: answer.unitId };
        break;
      }
    }
    await appendEvent(
      trx,
      invitation.sipId,
      actor,
      eventTypes[answer.command],
      { from: null, to: null },
      eventData,
    );
    await logAccess(trx, actor, `invitation:${answer.command}`, {
      sipId: invitation.sipId,
      personId: sip.personId,
    });
    return invitation.sipId;
  });
}

/**
 * Who the invitation records as acknowledging and answering: the staff user, or a FHIR system client answering
 * for the unit it is bound to (decision 0038), which is not a user.
 */
function answererColumns(actor: Actor) {
  const client = actor.kind === 'fhir_client';
  return {
    acknowledged: client
      ? { acknowledgedBy: null, acknowledgedByFhirClient: actor.userId }
      : { acknowledgedBy: actor.userId },
    answered: client
      ? { answeredBy: null, answeredByFhirClient: actor.userId }
      : { answeredBy: actor.userId },
  };
}
