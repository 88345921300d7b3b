import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { notFound, thing } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';

export const theDeviation = thing('deviation');

/**
 * Which units know of a deviation: the one it concerns, the one that reported it, the one it is routed to now,
 * and every one it was routed to before. A deviation shows the case number and what happened, never who the
 * individual is, so an escalation group that takes no part in the SIP can act on it without learning that.
 * Only roles that work with cases see deviations; administrators see the settings, not the cases.
 */
export function knownToUnit(eb: ExpressionBuilder<DB, 'deviations'>, unitId: string) {
  return eb.or([
    eb('deviations.unitId', '=', unitId),
    eb('deviations.reportedByUnitId', '=', unitId),
    eb('deviations.routedUnitId', '=', unitId),
    eb.exists(
      eb
        .selectFrom('deviationHistory')
        .select('deviationHistory.id')
        .whereRef('deviationHistory.deviationId', '=', 'deviations.id')
        .where('deviationHistory.routedUnitId', '=', unitId),
    ),
  ]);
}

/**
 * The deviation, locked for a change when `forUpdate`, if the acting unit knows of it; otherwise a 404 like a
 * wrong id, so its existence is not revealed.
 */
export async function deviationKnownTo(
  db: Kysely<DB>,
  actor: Actor,
  deviationId: string,
  { forUpdate = false } = {},
) {
  if (!worksWithCases(actor.role)) throw notFound(theDeviation);
  let query = db
    .selectFrom('deviations')
    .selectAll('deviations')
    .where('deviations.id', '=', deviationId)
    .where((eb) => knownToUnit(eb, actor.unitId));
  if (forUpdate) query = query.forUpdate();
  const deviation = await query.executeTakeFirst();
  if (!deviation) throw notFound(theDeviation);
  return deviation;
}
