import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SipListQuery } from '../../shared/api/sipList.js';
import { encodeSipListCursor, type SipListPosition } from '../../shared/api/sipListCursor.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { caseConditions, partConditions } from './conditions.js';
import { followUpStillDue, plannedMeetingStart } from './nextDate.js';

/** The case's latest activity in whole microseconds, as the cursor keeps it (see sipListCursor.ts). */
const activityMicros = sql<string>`(extract(epoch FROM s.updated_at) * 1000000)::bigint::text`;

/**
 * The cases after `position` in the list's order (latest activity first, the id breaking ties). Compared as a
 * row, so the walk down sips_activity continues exactly where the page before ended, even among equal times.
 */
function after(position: SipListPosition) {
  return sql<SqlBool>`(s.updated_at, s.id) < (
    timestamptz 'epoch' + ${position.activityMicros}::bigint * interval '1 microsecond', ${position.sipId}::uuid
  )`;
}

/**
 * One page of the cases the unit may see that match the query, and the cursor of the next page (null on the
 * last). One row more than the page is read, to know whether another page follows without counting.
 */
export async function readSipListPage(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  const sipId = sql.ref<string>('s.id');
  let page = db
    .selectFrom('sips as s')
    .innerJoin('persons as person', 'person.id', 's.personId')
    .innerJoin('units as convener', 'convener.id', 's.conveningUnitId')
    .select(['s.id', 's.caseNumber', 's.phase', 's.targetGroup', 's.updatedAt'])
    .select(['person.givenName', 'person.familyName', 'person.protectedIdentity'])
    .select([
      'convener.name as convenerUnitName',
      followUpStillDue.as('followUpOn'),
      plannedMeetingStart(sipId).as('meetingStartsAt'),
      activityMicros.as('activityMicros'),
      sql<string>`(
        SELECT string_agg(p.part, ',' ORDER BY p.part) FROM sip_participants p
        WHERE p.sip_id = s.id AND p.unit_id = ${unitId}
      )`.as('parts'),
    ])
    .where(visibleToUnit(sipId, unitId, today));
  for (const condition of [...caseConditions(query, today), ...partConditions(query, sipId, unitId)])
    page = page.where(condition);
  if (query.cursor) page = page.where(after(query.cursor));
  const rows = await page
    .orderBy('s.updatedAt', 'desc')
    .orderBy('s.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeSipListCursor({ activityMicros: last.activityMicros, sipId: last.id })
      : null;
  return { rows: shown, nextCursor };
}

export type SipListRow = Awaited<ReturnType<typeof readSipListPage>>['rows'][number];
