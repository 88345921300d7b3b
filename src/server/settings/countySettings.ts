import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** One level of the county's escalation path after the local one, and the unit that handles it. */
export interface EscalationLevel {
  /** 1 for the first level after the unit's own manager, and so on. */
  level: number;
  nameSv: string;
  nameEn: string;
  unitId: string;
}

/**
 * The county's deadlines and reminder intervals (0005_county_settings.sql), in days, and the escalation path of
 * deviations (0009_deviations.sql), in order.
 */
export interface CountySettings {
  dischargeInvitationDays: number;
  invitationReminderDays: number;
  followUpReminderDays: number;
  consentExpiryReminderDays: number;
  escalationPath: EscalationLevel[];
}

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
  const escalationPath = await db
    .selectFrom('escalationLevels')
    .select(['level', 'nameSv', 'nameEn', 'unitId'])
    .orderBy('level')
    .execute();
  return { ...days, escalationPath };
}
