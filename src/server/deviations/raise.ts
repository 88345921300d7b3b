import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AutomaticDeviationKind } from '../../shared/api/deviationFields.js';
import { inTransaction } from '../../db/transaction.js';
import { openDeviation, type DeviationAbout } from './open.js';

export type AutomaticDeviation = DeviationAbout & {
  kind: AutomaticDeviationKind;
  /** The unit that was absent, late or missed the follow-up; its manager handles the deviation. */
  unitId: string;
  /**
   * One key per occurrence, e.g. `absent_without_notice:<meeting>:<unit>`: raising the same occurrence again (a
   * retried job, a second sweep) changes nothing.
   */
  dedupeKey: string;
  /** What Samplan saw, in words for the handler; never names or identity numbers. */
  description?: string;
};

/**
 * Raises a deviation Samplan saw happen, routed to the concerned unit's manager. Call it inside the transaction
 * of the change that revealed it, so both stand or fall together. Returns the new deviation's id, or null when
 * this occurrence was raised before.
 */
export function raiseDeviation(db: Kysely<DB>, deviation: AutomaticDeviation): Promise<string | null> {
  return inTransaction(db, (trx) =>
    openDeviation(trx, {
      ...deviation,
      description: deviation.description ?? '',
      reporter: null,
    }),
  );
}
