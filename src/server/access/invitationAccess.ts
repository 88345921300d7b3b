import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { notFound, thing } from '../../domain/errors.js';
import { invitedUnitOf } from '../data/invitations.js';
import type { Actor } from '../sips/actor.js';

export const theInvitation = thing('invitation');

/**
 * The route policy `invitation`: only the unit an invitation addresses, acting in a role that works with cases,
 * knows of it; to anyone else it is a 404 like a wrong id. The answer's own transaction asks again under the
 * case's lock, where the answer is used.
 */
export async function authorizeInvitation(db: Kysely<DB>, invitationId: string, actor: Actor): Promise<void> {
  if (!worksWithCases(actor.role) || (await invitedUnitOf(db, invitationId)) !== actor.unitId)
    throw notFound(theInvitation);
}
