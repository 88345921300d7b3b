import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';

export const theSip = { sv: 'SIP:en', en: 'The SIP' };

export async function addPart(db: Kysely<DB>, sipId: string, unitId: string, part: UnitPart): Promise<void> {
  await db
    .insertInto('sipParticipants')
    .values({ sipId, unitId, part })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removePart(
  db: Kysely<DB>,
  sipId: string,
  unitId: string,
  part: UnitPart,
): Promise<void> {
  await db
    .deleteFrom('sipParticipants')
    .where('sipId', '=', sipId)
    .where('unitId', '=', unitId)
    .where('part', '=', part)
    .execute();
}

/** Units responsible for an effort in the established plan take part through it; the set follows each version. */
export async function setEffortUnits(
  db: Kysely<DB>,
  sipId: string,
  unitIds: Iterable<string>,
): Promise<void> {
  await db.deleteFrom('sipParticipants').where('sipId', '=', sipId).where('part', '=', 'effort').execute();
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('sipParticipants')
    .values(unique.map((unitId) => ({ sipId, unitId, part: 'effort' as const })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
