import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import type { sipEventTypes } from '../../shared/api/vocabulary.js';
import type { Actor } from '../sips/actor.js';

/** Who took a step: a staff user for a unit, or a person signed in with e-ID on the individual's side. */
export type EventActor = Pick<Actor, 'userId' | 'unitId'> | { identityId: string };

/**
 * Appends one event to the SIP's history. The table refuses updates and deletes, so lead times counted from it
 * cannot be rewritten.
 */
export async function appendEvent(
  db: Kysely<DB>,
  sipId: string,
  actor: EventActor,
  type: (typeof sipEventTypes)[number],
  phases: { from: SipPhase | null; to: SipPhase | null } = { from: null, to: null },
  data: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('sipEvents')
    .values({
      id: uuidv7(),
      sipId,
      type,
      fromPhase: phases.from,
      toPhase: phases.to,
      ...('identityId' in actor
        ? { actorUserId: null, actorUnitId: null, actorIdentityId: actor.identityId }
        : { actorUserId: actor.userId, actorUnitId: actor.unitId }),
      data: JSON.stringify(data),
    })
    .execute();
}
