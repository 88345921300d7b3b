import { startOfStockholmDay } from '../../data/calendarDays.js';
import { invitationsUnanswered } from '../../data/invitations.js';
import { dueIn, notifyUnit, type Reminder } from './reminder.js';

const kind = 'invitation_unanswered';

/**
 * An invitation neither accepted nor declined the county's number of calendar days after it was sent, while its
 * meeting is still ahead: the invited unit is reminded once (DOMAIN.md §3, step 4).
 */
export const invitationUnanswered: Reminder = {
  kind,
  findDue: (db, { now, today, settings }, scope) =>
    invitationsUnanswered(
      db,
      // Sent on the day N days back or earlier.
      { sentBefore: startOfStockholmDay(today, 1 - settings.invitationReminderDays), now },
      dueIn(scope, kind),
    ),
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
