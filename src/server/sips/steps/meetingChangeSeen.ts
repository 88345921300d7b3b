import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { decideCaseAction } from '../../../domain/access/policy.js';
import { notFound } from '../../../domain/errors.js';
import { refusal } from '../../access/caseAccess.js';
import { theInvitation } from '../../access/invitationAccess.js';
import { invitationWithMeeting, markMeetingSeen } from '../../data/invitations.js';
import type { Actor } from '../actor.js';
import { runCaseWrite } from '../caseLock.js';

/**
 * The invited unit says it has seen that its meeting moved: the inbox and the case stop pointing the change out.
 * Only the addressed unit, while it may still read the case, can say so; to anyone else the invitation does not
 * exist. Written under the case's lock, like every write on the case. Returns the SIP the invitation belongs to.
 */
export function markMeetingChangeSeen(db: Kysely<DB>, actor: Actor, invitationId: string): Promise<string> {
  return runCaseWrite(db, actor, { invitationId }, async (locked) => {
    const invitation = locked && (await invitationWithMeeting(locked.trx, invitationId));
    if (!locked || !invitation || invitation.unitId !== actor.unitId) throw notFound(theInvitation);
    const decision = decideCaseAction('readCase', locked.subject);
    if (!decision.allowed) throw refusal(decision);
    await markMeetingSeen(locked.trx, invitationId);
    return invitation.sipId;
  });
}
