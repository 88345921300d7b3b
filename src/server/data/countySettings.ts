import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CountySettingsSnapshot, DB, EscalationLevelsTable } from '../../db/schema.js';

/**
 * The county settings' reads and writes: the deadlines and reminder intervals (0005_county_settings.sql), in days,
 * the escalation path of deviations (0009_deviations.sql), in order, and the record of every change to them.
 */

export type CountySettings = CountySettingsSnapshot;

/** Read where they are used, not cached: a change by an administrator holds on every instance at once. */
export async function readCountySettings(db: Kysely<DB>): Promise<CountySettings> {
  const days = await db
    .selectFrom('countySettings')
    .select([
      'dischargeInvitationDays',
      'invitationReminderDays',
      'followUpReminderDays',
      'consentExpiryReminderDays',
      'childSignInAge',
      'personLogNamesStaff',
      'guestDays',
      'scheduledBackups',
      'backupTime',
      'backupsKept',
    ])
    .executeTakeFirstOrThrow();
  return { ...days, escalationPath: await readEscalationPath(db) };
}

/** The county's escalation path after the local level, in order of level. */
export function readEscalationPath(db: Kysely<DB>): Promise<EscalationLevelsTable[]> {
  return db
    .selectFrom('escalationLevels')
    .select(['level', 'nameSv', 'nameEn', 'unitId'])
    .orderBy('level')
    .execute();
}

/** When the settings were last changed, and by whom (null for the settings an installation starts with). */
export function lastSettingsChange(db: Kysely<DB>) {
  return db
    .selectFrom('countySettings')
    .leftJoin('users', 'users.id', 'countySettings.updatedBy')
    .select(['countySettings.updatedAt', 'users.displayName'])
    .executeTakeFirstOrThrow();
}

/** The latest `count` recorded changes, newest first, each with who made it and the settings before and after. */
export function recentSettingsChanges(db: Kysely<DB>, count: number) {
  return db
    .selectFrom('countySettingsChanges')
    .innerJoin('users', 'users.id', 'countySettingsChanges.changedBy')
    .select(['changedAt', 'users.displayName', 'before', 'after'])
    .orderBy('changedAt', 'desc')
    .orderBy('countySettingsChanges.id', 'desc')
    .limit(count)
    .execute();
}

/** Locks the settings' row: concurrent saves run one after the other, so every "before" is the previous "after". */
export async function lockCountySettings(db: Kysely<DB>): Promise<void> {
  await db.selectFrom('countySettings').select('id').forUpdate().executeTakeFirstOrThrow();
}

/**
 * The settings replaced now by `changedBy`: the days, and the escalation path as levels numbered from 1 in the
 * order given, with the change recorded from `before`. The caller holds the settings' lock.
 */
export async function replaceCountySettings(
  db: Kysely<DB>,
  changedBy: string,
  before: CountySettings,
  after: CountySettings,
): Promise<void> {
  const { escalationPath, ...days } = after;
  const now = new Date();
  await db
    .updateTable('countySettings')
    .set({ ...days, updatedAt: now, updatedBy: changedBy })
    .execute();
  await db.deleteFrom('escalationLevels').execute();
  if (escalationPath.length > 0) await db.insertInto('escalationLevels').values(escalationPath).execute();
  await db
    .insertInto('countySettingsChanges')
    .values({
      id: uuidv7(),
      changedAt: now,
      changedBy,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
    })
    .execute();
}
