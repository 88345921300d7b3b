import { dischargeInvitationsOverdue, dischargeProcessToInvite } from '../data/dischargeProcesses.js';
import { dueIn, notifyUnit, type Reminder } from '../jobs/reminders/reminder.js';
import { raiseLateInvitation } from './lateInvitation.js';

const kind = 'discharge_invitation_due';

/**
 * The scheduler's sweep of passed discharge deadlines: a process ready for discharge, with or without its SIP
 * started, whose deadline has passed without an invitation. The most common late case is the one where no SIP
 * was started at all, so the sweep must not wait for one. The inviting unit — the named care contact's, else
 * primary care's — is reminded, and the "invitation late" deviation raised for its manager: once per process,
 * the same deviation a late start or a late invitation would raise.
 */
export const overdueDischargeInvitations: Reminder = {
  kind,
  findDue: (db, { now }, scope) => dischargeInvitationsOverdue(db, now, dueIn(scope, kind)),
  async remind(trx, due) {
    await notifyUnit(trx, kind, due);
    await raiseLateInvitation(trx, await dischargeProcessToInvite(trx, due.subjectId), due.sipId);
  },
};
