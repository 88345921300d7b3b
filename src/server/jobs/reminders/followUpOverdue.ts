import { daysFrom } from '../../data/calendarDays.js';
import { followUpsDated } from '../../data/followUps.js';
import { raiseDeviation } from '../../deviations/raise.js';
import { dueIn, notifyUnit, type Reminder } from './reminder.js';

const kind = 'follow_up_overdue';

/**
 * An established plan whose follow-up date has passed without a follow-up: the convening unit is told, and a
 * deviation is raised for its manager (DOMAIN.md §3, deviations) — once per missed date.
 */
export const followUpOverdue: Reminder = {
  kind,
  // Passed: up to and including yesterday.
  findDue: (db, { today }, scope) => followUpsDated(db, { through: daysFrom(today, -1) }, dueIn(scope, kind)),
  async remind(trx, due) {
    await notifyUnit(trx, kind, due);
    await raiseDeviation(trx, {
      kind: 'follow_up_overdue',
      // The subject is the SIP itself.
      sipId: due.subjectId,
      unitId: due.unitId,
      dedupeKey: `follow_up_overdue:${due.key}`,
    });
  },
};
