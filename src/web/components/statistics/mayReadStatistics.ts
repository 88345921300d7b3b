import type { Role } from '../../../shared/api/vocabulary.js';

/**
 * The roles the statistics API gives a scope to (a unit manager their unit, an organisation administrator their
 * organisation, a county coordinator and the system administrator the county); the server decides, this only
 * keeps the menu from offering a page that would be refused.
 */
export function mayReadStatistics(role: Role | undefined): boolean {
  return (
    role === 'unit_manager' ||
    role === 'organisation_admin' ||
    role === 'county_coordinator' ||
    role === 'system_admin'
  );
}
