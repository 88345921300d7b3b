import { versionsAwaitingApproval } from '../data/personNotices.js';
import { dueIn, type Reminder } from '../jobs/reminders/reminder.js';
import { noticePeople } from './noticePeople.js';

const kind = 'approval_reminder';

/** How long a new plan version waits for the individual before they are reminded, once. */
export const approvalReminderDays = 7;

/**
 * A plan version the individual (or the guardians) has neither approved nor objected to a week after it was
 * established: they are reminded once per version. A newer version is a new occasion, with its own notice first.
 */
export const approvalReminder: Reminder = {
  kind,
  findDue: (db, { now }, scope) =>
    versionsAwaitingApproval(
      db,
      new Date(now.getTime() - approvalReminderDays * 24 * 60 * 60 * 1000),
      dueIn(scope, kind),
    ),
  async remind(trx, due) {
    if (!due.sipId) return;
    await noticePeople(trx, { kind, sipId: due.sipId, dedupeKey: `${kind}:${due.key}` });
  },
};
