import type { Kysely } from 'kysely';
import type { CountySettingsSnapshot, DB, EscalationLevelsTable } from '../../db/schema.js';

/**
 * The county's deadlines and reminder intervals (0005_county_settings.sql), in days, and the escalation path of
 * deviations (0009_deviations.sql), in order — as a change record keeps them.
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

/** The first level of the path after `level`, or undefined at the end of it. */
export function nextEscalationLevel(
  path: EscalationLevelsTable[],
  level: number,
): EscalationLevelsTable | undefined {
  return path.find((next) => next.level > level);
}
