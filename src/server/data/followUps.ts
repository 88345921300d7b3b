import { sql, type Expression, type Insertable, type Kysely, type NotNull, type Selectable, type SqlBool } from 'kysely';
import type { DB, FollowUpsTable } from '../../db/schema.js';
import { visibleToUnit } from '../access/consentInForce.js';
import { plannedMeetingStart } from './caseList/nextDate.js';
import type { DueCondition } from './dueOccasion.js';

/**
 * The follow-up aggregate's reads and writes: each follow-up of the plan in force, with an outcome for each goal
 * and effort, and the established plans whose follow-up date has come near or passed. Callers hold the case's lock
 * (runCaseWrite) for every write.
 */

/** A follow-up held, as recorded now. */
export async function insertFollowUp(
  db: Kysely<DB>,
  followUp: Omit<Insertable<FollowUpsTable>, 'items' | 'recordedAt'> & { items: Selectable<FollowUpsTable>['items'] },
): Promise<void> {
  await db
    .insertInto('followUps')
    .values({ ...followUp, items: JSON.stringify(followUp.items) })
    .execute();
}

/**
 * Established plans whose follow-up date lies from `from` (when given) through `through`, each with its convening
 * unit: a reminder's occasions, one per case and date, so a new date set at a follow-up is an occasion of its own.
 */
export function followUpsDated(
  db: Kysely<DB>,
  dates: { from?: string; through: Expression<string> },
  due: DueCondition,
) {
  const key = sql<string>`s.id::text || ':' || s.next_follow_up_on::text`;
  let plans = db
    .selectFrom('sips as s')
    .select(['s.id as subjectId', key.as('key'), 's.id as sipId', 's.conveningUnitId as unitId'])
    .where('s.phase', '=', 'plan_established')
    .where('s.nextFollowUpOn', '<=', dates.through)
    .where(due(sql.ref('s.id'), key));
  if (dates.from !== undefined) plans = plans.where('s.nextFollowUpOn', '>=', dates.from);
  return plans.execute();
}

/**
 * Established plans whose follow-up date is `through` or earlier, among the cases the unit may see `today`, the
 * oldest date first, at most `limit`. A plan with a follow-up meeting planned is left out: the meeting is its
 * next date, as in the case list.
 */
export function followUpsDueFor(
  db: Kysely<DB>,
  unitId: string,
  dates: { today: string; through: Expression<string> },
  limit: number,
) {
  const sipId = sql.ref<string>('s.id');
  return db
    .selectFrom('sips as s')
    .innerJoin('persons as person', 'person.id', 's.personId')
    .select(['s.id', 's.caseNumber', 's.nextFollowUpOn'])
    .select(['person.givenName', 'person.familyName', 'person.protectedIdentity'])
    .where('s.phase', '=', 'plan_established')
    .where('s.nextFollowUpOn', '<=', dates.through)
    .where(sql<SqlBool>`${plannedMeetingStart(sipId)} IS NULL`)
    .where(visibleToUnit(sipId, unitId, dates.today))
    .$narrowType<{ nextFollowUpOn: NotNull }>()
    .orderBy('s.nextFollowUpOn')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}
