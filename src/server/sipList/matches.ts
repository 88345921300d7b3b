import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SipListFilter } from '../../shared/api/sipList.js';
import { visibleWhenTakingPart } from '../access/consentInForce.js';
import { caseConditions, partConditions } from './conditions.js';

/**
 * The cases the unit may see that match the filter, found from the unit's own participations, one group per
 * case: the group already says whether the unit convenes the case, so only the cases it does not convene ask for
 * the consent in force, and the case row (`s`) is joined only when a filter reads it or `withCase` asks for it.
 * Its cost grows with the unit's cases, never with the county's (docs/decisions/0016-case-list.md).
 */
export function unitMatches(
  db: Kysely<DB>,
  unitId: string,
  filter: SipListFilter,
  today: string,
  withCase = false,
) {
  const sipId = sql.ref<string>('mine.sipId');
  const onCase = caseConditions(filter, today);
  const mine = db
    .selectFrom('sipParticipants')
    .select(['sipId', sql<boolean>`bool_or(part = 'convener')`.as('convenes')])
    .where('unitId', '=', unitId)
    .groupBy('sipId')
    .as('mine');
  let matches = db
    .selectFrom(mine)
    .$if(withCase || onCase.length > 0, (query) => query.innerJoin('sips as s', 's.id', 'mine.sipId'))
    .where(visibleWhenTakingPart(sql.ref('mine.convenes'), sipId, unitId, today));
  for (const condition of [...onCase, ...partConditions(filter, sipId, unitId)])
    matches = matches.where(condition);
  return matches;
}

/** How many cases the unit may see match the filter. */
export async function countUnitMatches(
  db: Kysely<DB>,
  unitId: string,
  filter: SipListFilter,
  today: string,
): Promise<number> {
  const { total } = await unitMatches(db, unitId, filter, today)
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return total;
}
