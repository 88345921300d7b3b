import { worksWithCases } from '../access/policy.js';
import type { Role } from '../../shared/api/vocabulary.js';

/** Where a deviation stands: the unit it is routed to and the level of the escalation path (0 = local). */
export interface DeviationRouting {
  routedUnitId: string;
  escalationLevel: number;
}

/**
 * Who may act on a deviation: at the local level the manager of the unit it is routed to (DOMAIN.md §3); after
 * an escalation, anyone working in the level's unit, since a group (the interface group, the county collaboration
 * group) is registered as a unit and its members act for it whatever their role there.
 */
export function mayHandleDeviation(
  routing: DeviationRouting,
  actor: { unitId: string; role: Role },
): boolean {
  if (actor.unitId !== routing.routedUnitId) return false;
  if (routing.escalationLevel === 0) return actor.role === 'unit_manager';
  return worksWithCases(actor.role);
}
