import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DischargePart } from '../../domain/discharge/lifecycle.js';
import { notFound, thing } from '../../domain/errors.js';
import { dischargeProcessKnownTo } from '../data/dischargeProcesses.js';
import type { Actor } from '../sips/actor.js';

export const theDischarge = thing('discharge');

export function partsOf(
  process: { inpatientUnitId: string; municipalityUnitId: string; primaryCareUnitId: string },
  unitId: string,
): Set<DischargePart> {
  const parts = new Set<DischargePart>();
  if (process.inpatientUnitId === unitId) parts.add('inpatient');
  if (process.municipalityUnitId === unitId) parts.add('municipality');
  if (process.primaryCareUnitId === unitId) parts.add('primary_care');
  return parts;
}

/**
 * The route policy `discharge`: 404, as for a wrong id, to any unit that is not one of the three. Only the
 * inpatient ward and the two receiving units know of a discharge process, and only through roles that work with
 * cases.
 */
export async function authorizeDischarge(db: Kysely<DB>, dischargeId: string, actor: Actor): Promise<void> {
  if (!(await dischargeProcessKnownTo(db, dischargeId, actor))) throw notFound(theDischarge);
}
