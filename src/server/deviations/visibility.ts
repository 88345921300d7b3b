import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { notFound, thing } from '../../domain/errors.js';
import { deviationKnownToUnit, type Deviation } from '../data/deviations.js';
import type { Actor } from '../sips/actor.js';

export const theDeviation = thing('deviation');

/**
 * The deviation, locked for a change when `forUpdate`, if the acting unit knows of it; otherwise a 404 like a
 * wrong id, so its existence is not revealed. Only roles that work with cases see deviations; administrators see
 * the settings, not the cases.
 */
export async function deviationKnownTo(
  db: Kysely<DB>,
  actor: Actor,
  deviationId: string,
  { forUpdate = false } = {},
): Promise<Deviation> {
  if (!worksWithCases(actor.role)) throw notFound(theDeviation);
  const deviation = await deviationKnownToUnit(db, deviationId, actor.unitId, { forUpdate });
  if (!deviation) throw notFound(theDeviation);
  return deviation;
}
