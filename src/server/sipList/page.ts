import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SipListQuery } from '../../shared/api/sipList.js';
import { encodeSipListCursor } from '../../shared/api/sipListCursor.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { caseConditions, partConditions } from './conditions.js';
import { after, listedCases, type ListedCase } from './listedCases.js';
import { countUnitMatches, unitMatches } from './matches.js';
import { countyCases, walksInOrder } from './strategy.js';

/**
 * One page of the case list, latest activity first, found one of two ways (docs/decisions/0016-case-list.md):
 * by walking sips_activity from the cursor until the page is full, or by gathering every match from the unit's
 * own participations and sorting out the page. One row more than the page is read, to know whether more follow.
 */

/** Walks the county's cases in the list's order from the cursor, keeping those the unit may see. */
function walkInOrder(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  const sipId = sql.ref<string>('s.id');
  let page = listedCases(db, unitId).where(visibleToUnit(sipId, unitId, today));
  for (const condition of partConditions(query, sipId, unitId)) page = page.where(condition);
  if (query.cursor) page = page.where(after(query.cursor, sql.ref('s.updatedAt'), sipId));
  return page.limit(query.limit + 1).execute();
}

/** Gathers every match, counting them on the way (the window sees them all before the cursor is applied). */
function gatherMatches(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  const counted = unitMatches(db, unitId, query, today, true)
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
 * A page of the cases the unit may see that match the query, the cursor of the next (null on the last), and how
 * many match in all. With a filter on the case itself, the gather reads the case rows anyway and counts on the
 * way; without, counting comes first, since it reads only the unit's participations and its answer decides how
 * the page is best found.
 */
export async function readSipListPage(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  let total =
    caseConditions(query, today).length > 0 ? null : await countUnitMatches(db, unitId, query, today);
  let rows: ListedCase[];
  if (total !== null && walksInOrder(total, query.limit, await countyCases(db))) {
    rows = await walkInOrder(db, unitId, query, today);
  } else {
    const gathered = await gatherMatches(db, unitId, query, today);
    total ??= gathered[0]?.total ?? null;
    rows = gathered;
  }
  // Nothing after a cursor, as when every case after it has moved ahead: counted on its own.
  total ??= query.cursor ? await countUnitMatches(db, unitId, query, today) : 0;
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeSipListCursor({ activityMicros: last.activityMicros, sipId: last.id })
      : null;
  return { rows: shown, nextCursor, total };
}
