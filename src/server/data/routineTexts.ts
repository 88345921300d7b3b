import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RoutineTextVersion } from '../../shared/api/guidance.js';
import type { GuidanceStep } from '../../shared/guidance.js';

/**
 * The guidance's reads and writes: the county's routine text for each step of the process, kept as versions that
 * are never changed, the highest being the one in force.
 */

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

/** The step's newest versions, newest first: at most `count`. */
export async function routineTextVersions(
  db: Kysely<DB>,
  step: GuidanceStep,
  count: number,
): Promise<RoutineTextVersion[]> {
  const rows = await versionsOf(db)
    .where('routineTextVersions.step', '=', step)
    .orderBy('routineTextVersions.version', 'desc')
    .limit(count)
    .execute();
  return rows.map(present);
}

/** The step's current routine text, or null when it has none. */
export async function currentRoutineText(db: Kysely<DB>, step: GuidanceStep): Promise<RoutineTextVersion | null> {
  const [current] = await routineTextVersions(db, step, 1);
  return current ?? null;
}

/**
 * The step's text as version `version`, written by `writtenBy` now. False when that version was written first by
 * another save: the version's primary key lets only one of them in.
 */
export async function insertRoutineTextVersion(
  db: Kysely<DB>,
  version: { step: GuidanceStep; version: number; markdown: string; writtenBy: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('routineTextVersions')
    .values(version)
    .onConflict((conflict) => conflict.columns(['step', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
  return inserted !== undefined;
}
