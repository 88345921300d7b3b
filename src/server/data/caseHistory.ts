import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import type { sipEventTypes } from '../../shared/api/vocabulary.js';
import type { Actor } from '../sips/actor.js';

/**
 * Who took a step: a staff user for a unit, a person signed in with e-ID on the individual's side, or a FHIR system
 * client for the unit it is bound to (an `Actor` of kind `fhir_client`).
 */
export type EventActor = Pick<Actor, 'userId' | 'unitId' | 'kind'> | { identityId: string };

function actorColumns(actor: EventActor) {
  if ('identityId' in actor) return { actorUserId: null, actorUnitId: null, actorIdentityId: actor.identityId };
  if (actor.kind === 'fhir_client')
    return { actorUserId: null, actorUnitId: actor.unitId, actorFhirClientId: actor.userId };
  return { actorUserId: actor.userId, actorUnitId: actor.unitId };
}

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
      ...actorColumns(actor),
      data: JSON.stringify(data),
    })
    .execute();
}
