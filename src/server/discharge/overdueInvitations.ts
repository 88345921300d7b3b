import { sql } from 'kysely';
import { inScope, notifyUnit, type Reminder } from '../jobs/reminders/reminder.js';
import { raiseLateInvitation } from './lateInvitation.js';

const kind = 'discharge_invitation_due';

/**
 * The scheduler's sweep of passed discharge deadlines: a SIP started from a discharge process whose deadline has
 * passed without an invitation. The named care contact's unit is reminded, and the "invitation late" deviation
 * raised for its manager — once per process, the same deviation a late invitation would raise. A process not yet
 * in a SIP is left to its start, since a deviation belongs to a SIP.
 */
export const overdueDischargeInvitations: Reminder = {
  kind,
  async findDue(db, { now }, scope) {
    const key = sql<string>`'overdue:' || d.id::text`;
    return db
      .selectFrom('dischargeProcesses as d')
      .innerJoin('sips as s', 's.id', 'd.sipId')
      .select(['d.id as subjectId', key.as('key'), 's.id as sipId', 's.conveningUnitId as unitId'])
      .where('d.status', '=', 'sip_started')
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
