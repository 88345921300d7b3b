import { daysFrom } from '../../data/calendarDays.js';
import { followUpsDated } from '../../data/followUps.js';
import { dueIn, notifyUnit, type Reminder } from './reminder.js';

const kind = 'follow_up_due';

/**
 * An established plan's follow-up date is within the county's number of days: the convening unit is told once
 * per date, so a new date set at a follow-up is announced in its turn.
 */
export const followUpDue: Reminder = {
  kind,
  findDue: (db, { today, settings }, scope) =>
    followUpsDated(
      db,
      { from: today, through: daysFrom(today, settings.followUpReminderDays) },
      dueIn(scope, kind),
    ),
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
