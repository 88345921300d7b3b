import { sql, type SqlBool } from 'kysely';
import { daysFrom, inScope, notifyUnit, type Reminder } from './reminder.js';

const kind = 'consent_expiring';

/**
 * The consent in force ends within the county's number of days: the convening unit is told once, in time to
 * record a new consent before the other units lose access.
 */
export const consentExpiring: Reminder = {
  kind,
  async findDue(db, { today, settings }, scope) {
    const key = sql<string>`c.id::text`;
    return (
      db
        .selectFrom('consents as c')
        .innerJoin('sips as s', 's.id', 'c.sipId')
        .select(['c.id as subjectId', key.as('key'), 'c.sipId', 's.conveningUnitId as unitId'])
        .where('c.decision', '=', 'given')
        .where('c.withdrawnAt', 'is', null)
        .where('c.validUntil', '>=', today)
        .where('c.validUntil', '<=', daysFrom(today, settings.consentExpiryReminderDays))
        .where('s.phase', 'not in', ['closed', 'paused', 'consent_declined'])
        // Only the latest consent counts (consentInForce.ts); an earlier one ending is no news.
        .where(
          sql<SqlBool>`c.id = (SELECT c2.id FROM consents c2 WHERE c2.sip_id = c.sip_id ORDER BY c2.recorded_at DESC, c2.id DESC LIMIT 1)`,
        )
        .where(inScope(scope, kind, sql.ref('c.id'), key))
        .execute()
    );
  },
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
