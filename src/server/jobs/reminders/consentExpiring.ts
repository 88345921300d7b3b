import { sql } from 'kysely';
import { isLatestConsent } from '../../data/consents.js';
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
        // Only the latest consent counts; an earlier one ending is no news.
        .where(isLatestConsent(sql.ref('c.id'), sql.ref('c.sipId')))
        .where(inScope(scope, kind, sql.ref('c.id'), key))
        .execute()
    );
  },
  remind: (trx, due) => notifyUnit(trx, kind, due),
};
