import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { decideRoutineTextEdit, staleRoutineText } from '../../domain/guidance/routineText.js';
import type { RoutineTextBody, RoutineTextVersion } from '../../shared/api/guidance.js';
import type { GuidanceStep } from '../../shared/guidance.js';
import { currentRoutineText, insertRoutineTextVersion } from '../data/routineTexts.js';

/**
 * Saves an edit as the step's next version, written by `userId` now, and returns the text as it then reads. An
 * edit from a version that is no longer the current one is refused (409) with the current text, also when another
 * save of the same version got in first.
 */
export async function saveRoutineText(
  db: Kysely<DB>,
  userId: string,
  step: GuidanceStep,
  edit: RoutineTextBody,
): Promise<RoutineTextVersion> {
  return inTransaction(db, async (trx) => {
    const current = await currentRoutineText(trx, step);
    const decision = decideRoutineTextEdit(current, edit);
    if (decision.kind === 'stale') throw decision.error;
    if (decision.kind === 'unchanged') return current!;
    const written = await insertRoutineTextVersion(trx, {
      step,
      version: decision.version,
      markdown: edit.markdown,
      writtenBy: userId,
    });
    // Each statement sees what others committed before it (read committed), so this reads the one that got in.
    if (!written) throw staleRoutineText(await currentRoutineText(trx, step));
    return (await currentRoutineText(trx, step))!;
  });
}
