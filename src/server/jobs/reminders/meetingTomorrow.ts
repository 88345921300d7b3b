import { sql } from 'kysely';
import { unitsExpectedAt } from '../../data/invitations.js';
import { inScope, notifyUnit, startOfStockholmDay, type Reminder } from './reminder.js';

const kind = 'meeting_tomorrow';

/**
 * A meeting on the next Stockholm calendar day: the convener and every unit still invited or coming are reminded.
 * The key holds the meeting's sequence, so a meeting moved to another tomorrow is reminded of again.
 */
export const meetingTomorrow: Reminder = {
  kind,
  async findDue(db, { now, today }, scope) {
    const key = sql<string>`m.id::text || ':' || m.sequence::text`;
    return db
      .selectFrom('meetings as m')
      .innerJoin('sips as s', 's.id', 'm.sipId')
      .select([
        'm.id as subjectId',
        key.as('key'),
        'm.sipId',
        's.conveningUnitId as unitId',
        'm.id as meetingId',
      ])
      .where('m.status', '=', 'scheduled')
      .where('m.startsAt', '>=', startOfStockholmDay(today, 1))
      .where('m.startsAt', '<', startOfStockholmDay(today, 2))
      .where('m.startsAt', '>', now)
      .where('s.phase', '<>', 'closed')
      .where(inScope(scope, kind, sql.ref('m.id'), key))
      .execute();
  },
  async remind(trx, due) {
    const units = new Set([due.unitId, ...(await unitsExpectedAt(trx, due.subjectId))]);
    for (const unitId of units) await notifyUnit(trx, kind, due, unitId);
  },
};
