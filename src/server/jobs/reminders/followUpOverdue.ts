import { sql } from 'kysely';
import { raiseDeviation } from '../../deviations/raise.js';
import { inScope, notifyUnit, type Reminder } from './reminder.js';

const kind = 'follow_up_overdue';

/**
 * An established plan whose follow-up date has passed without a follow-up: the convening unit is told, and a
 * deviation is raised for its manager (DOMAIN.md §3, deviations) — once per missed date.
 */
export const followUpOverdue: Reminder = {
  kind,
  async findDue(db, { today }, scope) {
    const key = sql<string>`s.id::text || ':' || s.next_follow_up_on::text`;
    return db
      .selectFrom('sips as s')
      .select(['s.id as subjectId', key.as('key'), 's.id as sipId', 's.conveningUnitId as unitId'])
      .where('s.phase', '=', 'plan_established')
      .where('s.nextFollowUpOn', '<', today)
      .where(inScope(scope, kind, sql.ref('s.id'), key))
      .execute();
  },
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
