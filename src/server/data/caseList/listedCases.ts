import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SipListPosition } from '../../../shared/api/sipListCursor.js';
import { followUpStillDue, plannedMeetingStart } from './nextDate.js';

/** The case's latest activity in whole microseconds, as the cursor keeps it (see sipListCursor.ts). */
const activityMicros = sql<string>`(extract(epoch FROM s.updated_at) * 1000000)::bigint::text`;

/**
 * The cases after `position` in the list's order (latest activity first, the id breaking ties), compared as a
 * row so that the next page continues exactly where the one before ended, even among cases changed at once.
 */
export function after(position: SipListPosition, activity: string, id: string) {
  return sql<SqlBool>`(${sql.ref(activity)}, ${sql.ref(id)}) < (
    timestamptz 'epoch' + ${position.activityMicros}::bigint * interval '1 microsecond', ${position.sipId}::uuid
  )`;
}

/** What the list shows of each case (`s`), in the list's order; read for the page's cases only. */
export function listedCases(db: Kysely<DB>, unitId: string) {
  return db
    .selectFrom('sips as s')
    .innerJoin('persons as person', 'person.id', 's.personId')
    .innerJoin('units as convener', 'convener.id', 's.conveningUnitId')
    .select(['s.id', 's.caseNumber', 's.phase', 's.targetGroup', 's.updatedAt'])
    .select(['person.givenName', 'person.familyName', 'person.protectedIdentity'])
    .select([
      'convener.name as convenerUnitName',
      followUpStillDue.as('followUpOn'),
      plannedMeetingStart(sql.ref('s.id')).as('meetingStartsAt'),
      activityMicros.as('activityMicros'),
      sql<string | null>`(
        SELECT string_agg(p.part, ',' ORDER BY p.part) FROM sip_participants p
        WHERE p.sip_id = s.id AND p.unit_id = ${unitId}
      )`.as('parts'),
    ])
    .orderBy('s.updatedAt', 'desc')
    .orderBy('s.id', 'desc');
}

export type ListedCase = Awaited<ReturnType<ReturnType<typeof listedCases>['execute']>>[number];
