import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SipListQuery } from '../../../shared/api/sipList.js';
import { encodeSipListCursor } from '../../../shared/api/sipListCursor.js';
import { after, listedCases } from './listedCases.js';
import { countUnitCases, unitCases } from './unitCases.js';

/**
 * A page of the cases the unit may see that match the query, the cursor of the next (null on the last), and how
 * many match in all. The page walks the unit's own rows of unit_cases in the list's order from the cursor, one
 * row more than the page to know whether more follow; only the page's cases are then read in full.
 */
export async function readSipListPage(db: Kysely<DB>, unitId: string, query: SipListQuery, today: string) {
  // Many small index probes, estimated dear enough to be compiled: the compiling took longer than the work
  // (measured at 100,000 SIPs). Within the caller's transaction only; elsewhere PostgreSQL only warns.
  await sql`SET LOCAL jit = off`.execute(db);
  let matching = unitCases(db, unitId, query, today);
  if (query.cursor) matching = matching.where(after(query.cursor, 'v.activity', 'v.sipId'));
  const page = matching
    .select('v.sipId')
    .orderBy('v.activity', 'desc')
    .orderBy('v.sipId', 'desc')
    .limit(query.limit + 1)
    .as('page');
  const rows = await listedCases(db, unitId).innerJoin(page, 'page.sipId', 's.id').execute();
  const total = await countUnitCases(db, unitId, query, today);
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeSipListCursor({ activityMicros: last.activityMicros, sipId: last.id })
      : null;
  return { rows: shown, nextCursor, total };
}
