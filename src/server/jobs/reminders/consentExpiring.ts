import { daysFrom } from '../../data/calendarDays.js';
import { consentsEnding } from '../../data/consents.js';
import { dueIn, notifyUnit, type Reminder } from './reminder.js';

const kind = 'consent_expiring';

/**
 * The consent in force ends within the county's number of days: the convening unit is told once, in time to
 * record a new consent before the other units lose access.
 */
export const consentExpiring: Reminder = {
  kind,
  findDue: (db, { today, settings }, scope) =>
    consentsEnding(
      db,
      { from: today, through: daysFrom(today, settings.consentExpiryReminderDays) },
      dueIn(scope, kind),
    ),
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
