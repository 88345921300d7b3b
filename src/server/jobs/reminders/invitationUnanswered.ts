import { sql } from 'kysely';
import { inScope, notifyUnit, startOfStockholmDay, type Reminder } from './reminder.js';

const kind = 'invitation_unanswered';

/**
 * An invitation neither accepted nor declined the county's number of calendar days after it was sent, while its
 * meeting is still ahead: the invited unit is reminded once (DOMAIN.md §3, step 4).
 */
export const invitationUnanswered: Reminder = {
  kind,
  async findDue(db, { now, today, settings }, scope) {
    const key = sql<string>`i.id::text`;
    return (
      db
        .selectFrom('invitations as i')
        .innerJoin('meetings as m', 'm.id', 'i.meetingId')
        .innerJoin('sips as s', 's.id', 'i.sipId')
        .select(['i.id as subjectId', key.as('key'), 'i.sipId', 'i.unitId', 'i.meetingId'])
        .where('i.status', 'in', ['sent', 'acknowledged'])
        // Sent on the day N days back or earlier.
        .where('i.sentAt', '<', startOfStockholmDay(today, 1 - settings.invitationReminderDays))
        .where('m.status', '=', 'scheduled')
        .where('m.startsAt', '>', now)
        .where('s.phase', '<>', 'closed')
        .where(inScope(scope, kind, sql.ref('i.id'), key))
        .execute()
    );
  },
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
