import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SipListFilter } from '../../../shared/api/sipList.js';
import { caseConditions, partConditions } from './conditions.js';

/**
 * The cases the unit may see today that match the filter, as `v` (unit_cases: one row per case the unit takes
 * part in, with the last day it may see it and the case's latest activity, kept by the database). The case row
 * (`s`) is joined only when a filter reads it. A page walks the unit's rows in the list's order, and the count
 * reads them alone, so neither costs more than the unit's own cases (docs/decisions/0017-unit-cases.md).
 */
export function unitCases(db: Kysely<DB>, unitId: string, filter: SipListFilter, today: string) {
  const onCase = caseConditions(filter, today);
  let cases = db
    .selectFrom('unitCases as v')
    .$if(onCase.length > 0, (query) => query.innerJoin('sips as s', 's.id', 'v.sipId'))
    .where('v.unitId', '=', unitId)
    .where('v.visibleThrough', '>=', today);
  for (const condition of [...onCase, ...partConditions(filter, sql.ref('v.sip_id'), unitId)])
    cases = cases.where(condition);
  return cases;
}

/** How many cases the unit may see match the filter. */
export async function countUnitCases(
  db: Kysely<DB>,
  unitId: string,
  filter: SipListFilter,
  today: string,
): Promise<number> {
  const { total } = await unitCases(db, unitId, filter, today)
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return total;
}
