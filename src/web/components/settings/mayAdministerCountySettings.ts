import type { Role } from '../../api/types.js';

/** The county settings bind every organisation in the county, so only the system administrator changes them. */
export function mayAdministerCountySettings(role: Role | undefined): boolean {
  return role === 'system_admin';
}
