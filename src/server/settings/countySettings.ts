import type { EscalationLevelsTable } from '../../db/schema.js';

/** The first level of the county's escalation path after `level`, or undefined at the end of it. */
export function nextEscalationLevel(
  path: EscalationLevelsTable[],
  level: number,
): EscalationLevelsTable | undefined {
  return path.find((next) => next.level > level);
}
