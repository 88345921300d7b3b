import { versionsAwaitingApproval } from '../data/personNotices.js';
import { dueIn, type Reminder } from '../jobs/reminders/reminder.js';
import { noticePeople } from './noticePeople.js';

const kind = 'approval_reminder';

/** How long a new plan version waits for the individual before they are reminded, once. */
const approvalReminderDays = 7;

/**
 * How far back a waiting version is still reminded of: past it, a version is old news, and Samplan started on a
 * county's years of plans does not remind everyone at once of versions nobody was told of.
 */
const windowDays = 14;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

/**
 * A plan version the individual (or the guardians) has neither approved nor objected to a week after it was
 * established: they are reminded once per version. A newer version is a new occasion, with its own notice first.
 */
export const approvalReminder: Reminder = {
  kind,
  findDue: (db, { now }, scope) =>
    versionsAwaitingApproval(
      db,
      { after: daysBefore(now, windowDays), before: daysBefore(now, approvalReminderDays) },
      dueIn(scope, kind),
    ),
  async remind(trx, due) {
    if (!due.sipId) return;
    await noticePeople(trx, { kind, sipId: due.sipId, dedupeKey: `${kind}:${due.key}` });
  },
};
