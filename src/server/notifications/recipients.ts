import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { emailByDefault } from '../../shared/api/notifications.js';
import { activeUsersOfUnit } from '../access/unitMembers.js';
import type { Notice } from './notice.js';

/**
 * The addresses a notice is mailed to: the receiving unit's functional mailbox, and those of the unit's case
 * workers and the named users who want this kind by e-mail (their own choice, else the kind's default). Disabled
 * users and empty addresses are left out; an address appears once however many ways it qualifies.
 */
export async function recipientAddresses(db: Kysely<DB>, notice: Notice): Promise<string[]> {
  const unit = await db
    .selectFrom('units')
    .select('email')
    .where('id', '=', notice.unitId)
    .executeTakeFirst();
  const named = notice.userIds ?? [];
  const users = await db
    .selectFrom('users')
    .leftJoin('notificationPreferences as preference', (join) =>
      join.onRef('preference.userId', '=', 'users.id').on('preference.kind', '=', notice.kind),
    )
    .select(['users.email', 'preference.email as chosen'])
    .where('users.disabledAt', 'is', null)
    .where('users.email', '<>', '')
    .where((eb) => {
      // Administrators and county coordinators see no cases, so a case notice is nothing for them.
      const ofUnit = eb('users.id', 'in', activeUsersOfUnit(db, notice.unitId).select('userUnits.userId'));
      return named.length > 0 ? eb.or([ofUnit, eb('users.id', 'in', named)]) : ofUnit;
    })
    .execute();
  const addresses = [
    ...(unit?.email ? [unit.email] : []),
    ...users.filter((user) => user.chosen ?? emailByDefault[notice.kind]).map((user) => user.email),
  ];
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
}
