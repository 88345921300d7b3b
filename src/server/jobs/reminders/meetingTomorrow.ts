import { startOfStockholmDay } from '../../data/calendarDays.js';
import { unitsExpectedAt } from '../../data/invitations.js';
import { meetingsStartingBetween } from '../../data/meetings.js';
import { noticePeople } from '../../personNotices/noticePeople.js';
import { dueIn, notifyUnit, type Reminder } from './reminder.js';

const kind = 'meeting_tomorrow';

/**
 * A meeting on the next Stockholm calendar day: the convener, every unit still invited or coming, and the
 * individual (or the guardians) are reminded. The key holds the meeting's sequence, so a meeting moved to another tomorrow is reminded of again.
 */
export const meetingTomorrow: Reminder = {
  kind,
  findDue: (db, { now, today }, scope) =>
    meetingsStartingBetween(
      db,
      { from: startOfStockholmDay(today, 1), before: startOfStockholmDay(today, 2), now },
      dueIn(scope, kind),
    ),
  async remind(trx, due) {
    const units = new Set([due.unitId, ...(await unitsExpectedAt(trx, due.subjectId))]);
    for (const unitId of units) await notifyUnit(trx, kind, due, unitId);
    if (due.sipId) {
      await noticePeople(trx, {
        kind: 'meeting_reminder',
        sipId: due.sipId,
        meetingId: due.subjectId,
        dedupeKey: `meeting_reminder:${due.key}`,
      });
    }
  },
};
