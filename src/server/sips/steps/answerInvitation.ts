import { inTransaction } from '../../../db/transaction.js';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../../db/schema.js';
import { conflict, notFound, unprocessable } from '../../../domain/errors.js';
import { nextInvitationStatus, type InvitationCommand } from '../../../domain/invitation/lifecycle.js';
import type { sipEventTypes } from '../../../shared/api/vocabulary.js';
import type { Actor } from '../actor.js';
import { logAccess } from '../../audit/logAccess.js';
import { noticeInvitation } from '../../notifications/caseNotices.js';
import { appendEvent } from '../events.js';
import { addPart, removePart } from '../participation.js';

export type InvitationAnswer =
  | { command: 'acknowledge' }
  | { command: 'accept'; attendees: string }
  | { command: 'decline'; reason: string }
  | { command: 'forward'; unitId: string; note: string };

const theInvitation = { sv: 'Kallelsen', en: 'The invitation' };

const eventTypes: Record<InvitationCommand, (typeof sipEventTypes)[number]> = {
  acknowledge: 'invitationAcknowledged',
  accept: 'invitationAccepted',
  decline: 'invitationDeclined',
  forward: 'invitationForwarded',
};

/**
 * The invited unit's answers: acknowledge receipt, then accept (naming who attends) or decline with a reason, or
 * forward to another unit of its own organisation. Only the addressed unit may answer; to anyone else the
 * invitation does not exist. One transaction, with the invitation locked, so two answers cannot both win.
 */
export async function answerInvitation(
  db: Kysely<DB>,
  actor: Actor,
  invitationId: string,
  answer: InvitationAnswer,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const invitation = await trx
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', invitationId)
      .forUpdate()
      .executeTakeFirst();
    if (!invitation || invitation.unitId !== actor.unitId) throw notFound(theInvitation);
    const sip = await trx
      .selectFrom('sips')
      .select(['phase', 'personId'])
      .where('id', '=', invitation.sipId)
      .executeTakeFirstOrThrow();
    const meeting = await trx
      .selectFrom('meetings')
      .select(['status', 'sequence'])
      .where('id', '=', invitation.meetingId)
      .executeTakeFirstOrThrow();
    if (sip.phase === 'closed' || sip.phase === 'paused' || meeting.status !== 'scheduled') {
      throw conflict('invitation_no_longer_open', {
        sv: 'Kallelsen kan inte längre besvaras: mötet är hållet eller inställt, eller SIP:en är vilande eller avslutad.',
        en: 'The invitation can no longer be answered: the meeting was held or cancelled, or the SIP is paused or closed.',
      });
    }
    const status = nextInvitationStatus(invitation.status, answer.command);
    const now = new Date();
    const seen = { seenSequence: meeting.sequence };
    // An answer without a separate acknowledgement also confirms receipt.
    const answered = {
      status,
      answeredAt: now,
      answeredBy: actor.userId,
      acknowledgedAt: invitation.acknowledgedAt ?? now,
      acknowledgedBy: invitation.acknowledgedBy ?? actor.userId,
      ...seen,
    };
    let eventData: Record<string, unknown> = { invitationId, unitId: invitation.unitId };
    switch (answer.command) {
      case 'acknowledge':
        await trx
          .updateTable('invitations')
          .set({ status, acknowledgedAt: now, acknowledgedBy: actor.userId, ...seen })
          .where('id', '=', invitationId)
          .execute();
        break;
      case 'accept':
        await trx
          .updateTable('invitations')
          .set({ ...answered, attendees: answer.attendees })
          .where('id', '=', invitationId)
          .execute();
        await removePart(trx, invitation.sipId, invitation.unitId, 'invited');
        await addPart(trx, invitation.sipId, invitation.unitId, 'accepted');
        break;
      case 'decline':
        await trx
          .updateTable('invitations')
          .set({ ...answered, declineReason: answer.reason })
          .where('id', '=', invitationId)
          .execute();
        await removePart(trx, invitation.sipId, invitation.unitId, 'invited');
        eventData = { ...eventData, obliged: invitation.obliged };
        break;
      case 'forward': {
        const [from, to] = await Promise.all([
          trx
            .selectFrom('units')
            .select('organisationId')
            .where('id', '=', invitation.unitId)
            .executeTakeFirstOrThrow(),
          trx.selectFrom('units').select('organisationId').where('id', '=', answer.unitId).executeTakeFirst(),
        ]);
        if (!to || to.organisationId !== from.organisationId || answer.unitId === invitation.unitId) {
          throw unprocessable(
            'forward_outside_organisation',
            {
              sv: 'En kallelse kan bara vidarebefordras till en annan enhet i den egna organisationen.',
              en: 'An invitation can only be forwarded to another unit of your own organisation.',
            },
            { field: 'unitId' },
          );
        }
        const taken = await trx
          .selectFrom('invitations')
          .select('id')
          .where('meetingId', '=', invitation.meetingId)
          .where('unitId', '=', answer.unitId)
          .where('status', '<>', 'forwarded')
          .executeTakeFirst();
        if (taken) {
          throw conflict('already_invited', {
            sv: 'Den enheten är redan inbjuden till mötet.',
            en: 'That unit is already invited to the meeting.',
          });
        }
        await trx
          .updateTable('invitations')
          .set({ status, answeredAt: now, answeredBy: actor.userId, forwardNote: answer.note })
          .where('id', '=', invitationId)
          .execute();
        const forwardedId = uuidv7();
        await trx
          .insertInto('invitations')
          .values({
            id: forwardedId,
            sipId: invitation.sipId,
            meetingId: invitation.meetingId,
            unitId: answer.unitId,
            obliged: invitation.obliged,
            status: 'sent',
            message: invitation.message,
            sentBy: invitation.sentBy,
            acknowledgedAt: null,
            acknowledgedBy: null,
            answeredAt: null,
            answeredBy: null,
            forwardedFromId: invitationId,
            forwardNote: answer.note,
            attendance: null,
          })
          .execute();
        await removePart(trx, invitation.sipId, invitation.unitId, 'invited');
        await addPart(trx, invitation.sipId, answer.unitId, 'invited');
        await noticeInvitation(trx, {
          id: forwardedId,
          sipId: invitation.sipId,
          meetingId: invitation.meetingId,
          unitId: answer.unitId,
        });
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
