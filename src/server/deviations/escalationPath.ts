import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The first level of the county's path after `level`, or undefined at the end of it. */
export function nextEscalationLevel(db: Kysely<DB>, level: number) {
  return db
    .selectFrom('escalationLevels')
    .select(['level', 'nameSv', 'nameEn', 'unitId'])
    .where('level', '>', level)
    .orderBy('level')
    .limit(1)
    .executeTakeFirst();
}
