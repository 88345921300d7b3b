import type { Role } from '../../api/types.js';

/** Deviations belong to the roles that work with cases; administrators see settings, not cases. */
export function mayWorkWithDeviations(role: Role | undefined): boolean {
  return role === 'staff' || role === 'unit_manager';
}
