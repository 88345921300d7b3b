import { overdueDischargeInvitations } from '../discharge/overdueInvitations.js';
import { approvalReminder } from '../personNotices/approvalReminder.js';
import type { JobHandlers, Sweep } from './job.js';
import { consentExpiring } from './reminders/consentExpiring.js';
import { followUpDue } from './reminders/followUpDue.js';
import { followUpOverdue } from './reminders/followUpOverdue.js';
import { invitationUnanswered } from './reminders/invitationUnanswered.js';
import { meetingTomorrow } from './reminders/meetingTomorrow.js';
import { reminderJobKind, type Reminder } from './reminders/reminder.js';
import { reminderHandler, reminderSweep } from './reminders/reminderJobs.js';

/** Everything the scheduler reminds of. */
export const reminders: readonly Reminder[] = [
  invitationUnanswered,
  meetingTomorrow,
  followUpDue,
  followUpOverdue,
  consentExpiring,
  overdueDischargeInvitations,
  approvalReminder,
];

/** Every kind of job this version of Samplan runs, by kind. */
export const jobHandlers: JobHandlers = new Map(
  reminders.map((reminder) => [reminderJobKind(reminder.kind), reminderHandler(reminder)]),
);

/** What every instance looks for in each round. */
export const sweeps: readonly Sweep[] = [reminderSweep(reminders)];
