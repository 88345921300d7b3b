import { sql, type Expression, type SqlBool } from 'kysely';
import type { SipListFilter } from '../../../shared/api/sipList.js';
import { daysFrom } from '../calendarDays.js';
import { takesPart } from '../participation.js';
import { nextDay } from './nextDate.js';

/**
 * The list's filters as conditions, for its page and its total alike. Those on the case itself read the sips row
 * as `s`; the total joins that row only when one of them is used.
 */
export function caseConditions(filter: SipListFilter, today: string): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.phase) conditions.push(sql<SqlBool>`s.phase IN (${sql.join(filter.phase)})`);
  if (filter.targetGroup) conditions.push(sql<SqlBool>`s.target_group IN (${sql.join(filter.targetGroup)})`);
  // A date that has passed is due too: overdue is the most urgent.
  if (filter.dueWithinDays !== undefined)
    conditions.push(sql<SqlBool>`${nextDay} <= ${daysFrom(today, filter.dueWithinDays)}`);
  // A plain substring (strpos, not LIKE): no character of the search has a meaning of its own.
  if (filter.caseNumber)
    conditions.push(sql<SqlBool>`strpos(upper(s.case_number), ${filter.caseNumber.toUpperCase()}) > 0`);
  return conditions;
}

/** The filter on the acting unit's part in the case `sipId`. */
export function partConditions(
  filter: SipListFilter,
  sipId: Expression<string>,
  unitId: string,
): Expression<SqlBool>[] {
  return filter.part ? [takesPart(sipId, unitId, filter.part)] : [];
}
