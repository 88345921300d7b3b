import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The meeting aggregate's reads and writes: a case's meetings, called, moved, cancelled or held, and the
 * preparation before them. Callers hold the case's lock (runCaseWrite) for every write.
 */

/** The units that took part in a held meeting of the case (sip_units_at_meetings). */
export async function unitsAtMeetings(db: Kysely<DB>, sipId: string): Promise<string[]> {
  const rows = await db.selectFrom('sipUnitsAtMeetings').select('unitId').where('sipId', '=', sipId).execute();
  return rows.map((row) => row.unitId);
}
