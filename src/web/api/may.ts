import type { OrganisationAction } from '../../domain/access/policy.js';
import type { Me } from './types.js';

/**
 * What the user may do in the unit they act for, as the server's access policy says (`/api/me`): the menus offer
 * exactly that, and the server still decides every request.
 */
export function mayInUnit(unit: Me['units'][number] | undefined): (action: OrganisationAction) => boolean {
  return (action) => unit?.allowedActions.includes(action) ?? false;
}

/** The same for the unit the signed-in user acts for now. */
export function mayNow(me: Me | null | undefined): (action: OrganisationAction) => boolean {
  return mayInUnit(me?.units.find((unit) => unit.unitId === me.activeUnitId));
}
