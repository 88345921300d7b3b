import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { unprocessable } from '../../domain/errors.js';
import type { reportDeviationBody } from '../../shared/api/deviations.js';
import { authorizeCase } from '../access/caseAccess.js';
import { logAccess } from '../audit/logAccess.js';
import { unitsTakingPart } from '../data/participation.js';
import { personOfCase } from '../data/persons.js';
import type { Actor } from '../sips/actor.js';
import { openDeviation } from './open.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { deviationRefusalsEn } from '../../shared/words/deviationRefusals.en.js';
import { deviationRefusalsSv } from '../../shared/words/deviationRefusals.sv.js';

const words = { sv: deviationRefusalsSv, en: deviationRefusalsEn };

/**
 * A deviation reported by a unit taking part in the SIP — a disagreement about who is responsible, or anything
 * Samplan could not see for itself — about a unit taking part in it, routed to that unit's manager.
 */
export function reportDeviation(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof reportDeviationBody>,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    // The route policy checked before the body was read; the rule is asked again where the answer is used.
    await authorizeCase(trx, sipId, actor, 'reportDeviation');
    const concerned = await unitsTakingPart(trx, sipId, { among: [body.unitId] });
    if (concerned.length === 0) {
      throw unprocessable(
        'deviation_unit_not_in_sip',
        bothLanguages(words, (said) => said.unitNotInSip),
        { field: 'unitId' },
      );
    }
    const person = await personOfCase(trx, sipId);
    const id = await openDeviation(trx, {
      kind: body.kind,
      sipId,
      unitId: body.unitId,
      description: body.description,
      dedupeKey: null,
      reporter: actor,
    });
    // Without a dedupe key nothing conflicts, so a deviation is always opened.
    await logAccess(trx, actor, 'write:reportDeviation', { sipId, personId: person.id });
    return id!;
  });
}
