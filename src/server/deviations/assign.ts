import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { activeUsersOfUnit } from '../data/directory.js';
import { notify } from '../notifications/notify.js';

/**
 * Tells the unit a deviation is now routed to, in the transaction that routed it. At the local level the unit's
 * managers are named, as they handle it; at an escalation level the group's members are the unit's own users.
 * One notice per deviation and level, so a retried step never tells anyone twice.
 */
export async function announceAssignment(
  db: Kysely<DB>,
  deviation: { id: string; sipId: string | null; routedUnitId: string; escalationLevel: number },
): Promise<void> {
  const managers =
    deviation.escalationLevel === 0
      ? await activeUsersOfUnit(db, deviation.routedUnitId, ['unit_manager'])
          .select('userUnits.userId')
          .execute()
      : [];
  await notify(db, {
    kind: 'deviation_assigned',
    unitId: deviation.routedUnitId,
    userIds: managers.map((manager) => manager.userId),
    sipId: deviation.sipId,
    deviationId: deviation.id,
    dedupeKey: `deviation_assigned:${deviation.id}:${deviation.escalationLevel}`,
  });
}
