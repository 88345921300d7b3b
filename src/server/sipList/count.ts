import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SipListFilter } from '../../shared/api/sipList.js';
import { visibleWhenTakingPart } from '../access/consentInForce.js';
import { caseConditions, partConditions } from './conditions.js';

/**
 * How many cases the unit may see match the filter. Where the page walks the cases in their order, the count
 * starts from the unit's own participations, one group per case: that group already says whether the unit
 * convenes it, so only the cases it does not convene ask for the consent in force, and the case row itself is
 * read only when a filter needs it (docs/decisions/0016-case-list.md).
 */
export async function countSipListMatches(
  db: Kysely<DB>,
  unitId: string,
  filter: SipListFilter,
  today: string,
): Promise<number> {
  const sipId = sql.ref<string>('mine.sipId');
  const onCase = caseConditions(filter, today);
  const mine = db
    .selectFrom('sipParticipants')
    .select(['sipId', sql<boolean>`bool_or(part = 'convener')`.as('convenes')])
    .where('unitId', '=', unitId)
    .groupBy('sipId')
    .as('mine');
  let count = db
    .selectFrom(mine)
    .$if(onCase.length > 0, (query) => query.innerJoin('sips as s', 's.id', 'mine.sipId'))
    .select(sql<number>`count(*)::int`.as('total'))
    .where(visibleWhenTakingPart(sql.ref('mine.convenes'), sipId, unitId, today));
  for (const condition of [...onCase, ...partConditions(filter, sipId, unitId)])
    count = count.where(condition);
  const { total } = await count.executeTakeFirstOrThrow();
  return total;
}
