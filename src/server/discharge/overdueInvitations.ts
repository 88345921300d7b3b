import { sql } from 'kysely';
import { inScope, notifyUnit, type Reminder } from '../jobs/reminders/reminder.js';
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
  async findDue(db, { now }, scope) {
    const key = sql<string>`'overdue:' || d.id::text`;
    return db
      .selectFrom('dischargeProcesses as d')
      .select([
        'd.id as subjectId',
        key.as('key'),
        'd.sipId',
        (eb) => eb.fn.coalesce('d.careContactUnitId', 'd.primaryCareUnitId').as('unitId'),
      ])
      .where('d.status', 'in', ['ready', 'sip_started'])
      .where('d.invitationLateFrom', '<=', now)
      .where(inScope(scope, kind, sql.ref('d.id'), key))
      .execute();
  },
  async remind(trx, due) {
    await notifyUnit(trx, kind, due);
    const process = await trx
      .selectFrom('dischargeProcesses')
      .select(['id', 'careContactUnitId', 'primaryCareUnitId', 'invitationLastDay'])
      .where('id', '=', due.subjectId)
      .executeTakeFirstOrThrow();
    await raiseLateInvitation(trx, process, due.sipId);
  },
};
