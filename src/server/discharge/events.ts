import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import type { DischargeEventType } from '../../shared/api/dischargeVocabulary.js';
import type { Actor } from '../sips/actor.js';

/**
 * Appends one step to the process's history. The table refuses updates and deletes, so the lead times counted
 * from it (admission → ready → invitation) cannot be rewritten. Never free text or identity numbers in `data`.
 */
export async function appendDischargeEvent(
  db: Kysely<DB>,
  dischargeId: string,
  actor: Actor,
  type: DischargeEventType,
  data: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('dischargeEvents')
    .values({
      id: uuidv7(),
      dischargeId,
      type,
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: JSON.stringify(data),
    })
    .execute();
}
