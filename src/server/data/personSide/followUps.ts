import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The case's follow-ups, newest first, each with the content of the plan version it followed up. */
export function followUpsWithPlans(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('followUps as f')
    .innerJoin('planVersions as v', (join) =>
      join.onRef('v.sipId', '=', 'f.sipId').onRef('v.version', '=', 'f.planVersion'),
    )
    .select(['f.heldOn', 'f.planVersion', 'f.items', 'f.notes', 'f.nextDate', 'v.content'])
    .where('f.sipId', '=', sipId)
    .orderBy('f.heldOn', 'desc')
    .orderBy('f.recordedAt', 'desc')
    .execute();
}

export async function nextFollowUpOf(db: Kysely<DB>, sipId: string): Promise<string | null> {
  const sip = await db.selectFrom('sips').select('nextFollowUpOn').where('id', '=', sipId).executeTakeFirstOrThrow();
  return sip.nextFollowUpOn;
}
