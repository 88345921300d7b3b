import { type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import type { DischargePart } from '../../domain/discharge/lifecycle.js';
import { notFound, thing } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';

export const theDischarge = thing('discharge');

/**
 * Need to know: only the inpatient ward and the two receiving units know of a discharge process, and only
 * through roles that work with cases. Used as the WHERE of every query that lists processes.
 */
export function dischargeVisibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'dischargeProcesses'>) =>
    worksWithCases(actor.role)
      ? eb.or([
          eb('dischargeProcesses.inpatientUnitId', '=', actor.unitId),
          eb('dischargeProcesses.municipalityUnitId', '=', actor.unitId),
          eb('dischargeProcesses.primaryCareUnitId', '=', actor.unitId),
        ])
      : eb.val(false);
}

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

/** The route policy `discharge`: 404, as for a wrong id, to any unit that is not one of the three. */
export async function authorizeDischarge(db: Kysely<DB>, dischargeId: string, actor: Actor): Promise<void> {
  const visible = await db
    .selectFrom('dischargeProcesses')
    .select('id')
    .where('id', '=', dischargeId)
    .where(dischargeVisibleTo(actor))
    .executeTakeFirst();
  if (!visible) throw notFound(theDischarge);
}
