import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { notFound } from '../../../domain/errors.js';
import { authorizeCase } from '../../access/caseAccess.js';
import type { Actor } from '../actor.js';

const theInvitation = { sv: 'Kallelsen', en: 'The invitation' };

/**
 * The invited unit says it has seen that its meeting moved: the inbox and the case stop pointing the change out.
 * Only the addressed unit, while it may still read the case, can say so; to anyone else the invitation does not
 * exist. Returns the SIP the invitation belongs to.
 */
export function markMeetingChangeSeen(db: Kysely<DB>, actor: Actor, invitationId: string): Promise<string> {
  return inTransaction(db, async (trx) => {
    const invitation = await trx
      .selectFrom('invitations')
      .select(['sipId', 'unitId'])
      .where('id', '=', invitationId)
      .executeTakeFirst();
    if (!invitation || invitation.unitId !== actor.unitId) throw notFound(theInvitation);
    await authorizeCase(trx, invitation.sipId, actor, 'readCase');
    await sql`UPDATE invitations i SET seen_sequence = m.sequence FROM meetings m
      WHERE i.id = ${invitationId} AND m.id = i.meeting_id AND i.seen_sequence < m.sequence`.execute(trx);
    return invitation.sipId;
  });
}
