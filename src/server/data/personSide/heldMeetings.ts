import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** The case's held meetings the individual was at: the ones they may tell how they found. Newest first. */
export function meetingsAttended(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('sips as s', 's.id', 'm.sipId')
    .select(['m.id', 'm.startsAt', 's.conveningUnitId'])
    .where('m.sipId', '=', sipId)
    .where('m.status', '=', 'held')
    .where('m.individualPresent', '=', true)
    .orderBy('m.startsAt', 'desc')
    .execute();
}
