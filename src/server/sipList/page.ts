import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SipListQuery } from '../../shared/api/sipList.js';
import { encodeSipListCursor, type SipListPosition } from '../../shared/api/sipListCursor.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { caseConditions, partConditions } from './conditions.js';
import { unitMatches } from './matches.js';
import { followUpStillDue, plannedMeetingStart } from './nextDate.js';

/**
 * One page of the case list, latest activity first with the id breaking ties, in one of two ways (see
 * docs/decisions/0016-case-list.md): without a filter on the case itself, by walking the cases in that order from
 * the cursor until the page is full; with one, by finding every match from the unit's side, counting them in the
 * same pass, and sorting out the page — a filter few of the unit's cases meet would otherwise send the walk
 * through the whole county's cases.
 */

/** The case's latest activity in whole microseconds, as the cursor keeps it (see sipListCursor.ts). */
const activityMicros = sql<string>`(extract(epoch FROM s.updated_at) * 1000000)::bigint::text`;

/**
 * The cases after `position` in the list's order, compared as a row so that the next page continues exactly
 * where the one before ended, even among cases changed at the same moment.
 */
function after(position: SipListPosition, updatedAt: Expression<Date>, id: Expression<string>) {
  return sql<SqlBool>`(${updatedAt}, ${id}) < (
    timestamptz 'epoch' + ${position.activityMicros}::bigint * interval '1 microsecond', ${position.sipId}::uuid
  )`;
}

/** What the list shows of each case (`s`), read for the page's cases only. */
function listedCases(db: Kysely<DB>, unitId: string) {
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

/** Walks sips_activity from the cursor, keeping the cases the unit may see; one row more tells if more follow. */
function walkInOrder(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  const sipId = sql.ref<string>('s.id');
  let page = listedCases(db, unitId).where(visibleToUnit(sipId, unitId, today));
  for (const condition of partConditions(query, sipId, unitId)) page = page.where(condition);
  if (query.cursor) page = page.where(after(query.cursor, sql.ref('s.updatedAt'), sipId));
  return page.limit(query.limit + 1).execute();
}

/** Every match counted (the window sees them all before the cursor is applied), then the page of them. */
function pageOfMatches(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  const counted = unitMatches(db, unitId, query, today)
    .select([
      sql.ref<string>('s.id').as('id'),
      sql.ref<Date>('s.updatedAt').as('updatedAt'),
      sql<number>`(count(*) OVER ())::int`.as('total'),
    ])
    .as('counted');
  let page = db.selectFrom(counted).select(['counted.id', 'counted.updatedAt', 'counted.total']);
  if (query.cursor)
    page = page.where(after(query.cursor, sql.ref('counted.updatedAt'), sql.ref('counted.id')));
  const pageRows = page
    .orderBy('counted.updatedAt', 'desc')
    .orderBy('counted.id', 'desc')
    .limit(query.limit + 1)
    .as('page');
  return listedCases(db, unitId).innerJoin(pageRows, 'page.id', 's.id').select('page.total').execute();
}

/**
 * A page of the cases the unit may see that match the query, the cursor of the next (null on the last), and the
 * total when it was known on the way: null means it is still to be counted.
 */
export async function readSipListPage(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  const matched =
    caseConditions(query, today).length > 0 ? await pageOfMatches(db, unitId, query, today) : null;
  const rows = matched ?? (await walkInOrder(db, unitId, query, today));
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeSipListCursor({ activityMicros: last.activityMicros, sipId: last.id })
      : null;
  // A first page with nothing after it holds every match; a page of matches carries their count, unless it is
  // empty because the cases after the cursor have all moved.
  const firstAndOnly = !query.cursor && nextCursor === null;
  const total = firstAndOnly ? shown.length : (matched?.[0]?.total ?? null);
  return { rows: shown, nextCursor, total };
}

export type SipListRow = Awaited<ReturnType<typeof readSipListPage>>['rows'][number];
