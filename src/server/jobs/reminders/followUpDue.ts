import { sql } from 'kysely';
import { daysFrom, inScope, notifyUnit, type Reminder } from './reminder.js';

const kind = 'follow_up_due';

/**
 * An established plan's follow-up date is within the county's number of days: the convening unit is told once
 * per date, so a new date set at a follow-up is announced in its turn.
 */
export const followUpDue: Reminder = {
  kind,
  async findDue(db, { today, settings }, scope) {
    const key = sql<string>`s.id::text || ':' || s.next_follow_up_on::text`;
    return db
      .selectFrom('sips as s')
      .select(['s.id as subjectId', key.as('key'), 's.id as sipId', 's.conveningUnitId as unitId'])
      .where('s.phase', '=', 'plan_established')
      .where('s.nextFollowUpOn', '>=', today)
      .where('s.nextFollowUpOn', '<=', daysFrom(today, settings.followUpReminderDays))
      .where(inScope(scope, kind, sql.ref('s.id'), key))
      .execute();
  },
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
