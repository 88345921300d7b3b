import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The county's deadlines and reminder intervals (0005_county_settings.sql), in days. */
export interface CountySettings {
  dischargeInvitationDays: number;
  invitationReminderDays: number;
  followUpReminderDays: number;
  consentExpiryReminderDays: number;
}

/** Read where they are used, not cached: a change by an administrator holds on every instance at once. */
export async function readCountySettings(db: Kysely<DB>): Promise<CountySettings> {
  return db
    .selectFrom('countySettings')
    .select([
      'dischargeInvitationDays',
      'invitationReminderDays',
      'followUpReminderDays',
      'consentExpiryReminderDays',
    ])
    .executeTakeFirstOrThrow();
}
