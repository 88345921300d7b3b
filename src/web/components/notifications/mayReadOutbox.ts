import type { Role } from '../../../shared/api/vocabulary.js';

/** Mirrors the server's `organisation:readOutbox` policy, so the menu offers the outbox only to those it admits. */
export function mayReadOutbox(role: Role | undefined): boolean {
  return role === 'organisation_admin' || role === 'system_admin';
}
