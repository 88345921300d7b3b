import type { Role } from '../../../shared/api/vocabulary.js';

/** Managers, administrators and county coordinators read feedback results; staff do not (readStatistics). */
export function mayReadFeedback(role: Role | undefined): boolean {
  return role !== undefined && role !== 'staff';
}
