import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Who takes part in a case and through what (sip_participants): the convener, invited and accepted units, and the
 * units responsible for an effort in the established plan. Callers hold the case's lock for every write.
 */

/** Of `unitIds`, those that take part in the case in any part. */
export async function unitsTakingPart(db: Kysely<DB>, sipId: string, unitIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('sipParticipants')
    .select('unitId')
    .distinct()
    .where('sipId', '=', sipId)
    .where('unitId', 'in', unitIds)
    .execute();
  return rows.map((row) => row.unitId);
}
