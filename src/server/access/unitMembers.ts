import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { caseWorkerRoles } from '../../domain/access/policy.js';

/**
 * A unit's users who are not disabled and hold one of the roles there — by default its case workers — as a query
 * over `userUnits` joined with `users`, for the caller to select from and narrow further.
 */
export function activeUsersOfUnit(db: Kysely<DB>, unitId: string, roles: readonly Role[] = caseWorkerRoles) {
  return db
    .selectFrom('userUnits')
    .innerJoin('users', 'users.id', 'userUnits.userId')
    .where('userUnits.unitId', '=', unitId)
    .where('userUnits.role', 'in', roles)
    .where('users.disabledAt', 'is', null);
}
