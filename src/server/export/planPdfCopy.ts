import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conflict, unprocessable } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { planPdfRefusalsEn } from '../../shared/words/planPdfRefusals.en.js';
import { planPdfRefusalsSv } from '../../shared/words/planPdfRefusals.sv.js';
import { isDraftVersion, takesPartInCase } from '../data/planDocument.js';
import type { PlanPdfCopy } from './planVersionPdf.js';

const words = { sv: planPdfRefusalsSv, en: planPdfRefusalsEn };

/**
 * A draft has no PDF: the document stands for an established version, which never changes. Asking for the version
 * the draft will become is refused as a conflict, before anything is read or logged.
 */
export async function refuseDraft(db: Kysely<DB>, sipId: string, version: number): Promise<void> {
  if (await isDraftVersion(db, sipId, version))
    throw conflict(
      'plan_not_established',
      bothLanguages(words, (said) => fill(said.notEstablished, { version })),
    );
}

/**
 * The copy staff asked for: the individual's, their own unit's, or that of a unit taking part in the case — never
 * a copy made out to a unit outside it.
 */
export async function copyAskedFor(
  db: Kysely<DB>,
  sipId: string,
  askingUnitId: string,
  query: { copy: 'person' | 'unit'; unitId?: string | undefined },
): Promise<PlanPdfCopy> {
  if (query.copy === 'person') return { kind: 'person' };
  const { unitId } = query;
  if (unitId === undefined)
    throw unprocessable(
      'unit_missing',
      bothLanguages(words, (said) => said.unitMissing),
      { field: 'unitId' },
    );
  if (unitId !== askingUnitId && !(await takesPartInCase(db, sipId, unitId)))
    throw unprocessable(
      'unit_not_in_case',
      bothLanguages(words, (said) => said.unitNotInCase),
      {
        field: 'unitId',
      },
    );
  return { kind: 'unit', unitId };
}
