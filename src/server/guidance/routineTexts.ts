import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { decideRoutineTextEdit, staleRoutineText } from '../../domain/guidance/routineText.js';
import type { RoutineTextBody, RoutineTextVersion } from '../../shared/api/guidance.js';
import type { GuidanceStep } from '../../shared/guidance.js';

/** How many earlier versions the history shows; the table keeps them all. */
const VERSIONS_SHOWN = 50;

function versionsOf(db: Kysely<DB>) {
  return db
    .selectFrom('routineTextVersions')
    .innerJoin('users', 'users.id', 'routineTextVersions.writtenBy')
    .select([
      'routineTextVersions.step',
      'routineTextVersions.version',
      'routineTextVersions.markdown',
      'routineTextVersions.writtenAt',
      'users.displayName as writtenByName',
    ]);
}

function present(row: {
  version: number;
  markdown: string;
  writtenAt: Date;
  writtenByName: string;
}): RoutineTextVersion {
  return {
    version: row.version,
    markdown: row.markdown,
    writtenAt: row.writtenAt.toISOString(),
    writtenByName: row.writtenByName,
  };
}

/** Each step's current routine text: its highest version. A step without any is missing from the map. */
export async function currentRoutineTexts(db: Kysely<DB>): Promise<Map<GuidanceStep, RoutineTextVersion>> {
  const rows = await versionsOf(db)
    .distinctOn('routineTextVersions.step')
    .orderBy('routineTextVersions.step')
    .orderBy('routineTextVersions.version', 'desc')
    .execute();
  return new Map(rows.map((row) => [row.step, present(row)]));
}

async function currentRoutineText(db: Kysely<DB>, step: GuidanceStep): Promise<RoutineTextVersion | null> {
  const row = await versionsOf(db)
    .where('routineTextVersions.step', '=', step)
    .orderBy('routineTextVersions.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? present(row) : null;
}

/** A step's versions, newest first. */
export async function routineTextVersions(db: Kysely<DB>, step: GuidanceStep): Promise<RoutineTextVersion[]> {
  const rows = await versionsOf(db)
    .where('routineTextVersions.step', '=', step)
    .orderBy('routineTextVersions.version', 'desc')
    .limit(VERSIONS_SHOWN)
    .execute();
  return rows.map(present);
}

/**
 * Saves an edit as the step's next version, written by `userId` now, and returns the text as it then reads. An
 * edit from a version that is no longer the current one is refused (409) with the current text, also when another
 * save of the same version got in first: the version's primary key lets only one of them in.
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
    const inserted = await trx
      .insertInto('routineTextVersions')
      .values({ step, version: decision.version, markdown: edit.markdown, writtenBy: userId })
      .onConflict((conflict) => conflict.columns(['step', 'version']).doNothing())
      .returning('version')
      .executeTakeFirst();
    // Each statement sees what others committed before it (read committed), so this reads the one that got in.
    if (!inserted) throw staleRoutineText(await currentRoutineText(trx, step));
    return (await currentRoutineText(trx, step))!;
  });
}
