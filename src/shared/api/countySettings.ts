import { z } from 'zod';
import { email, id, requiredShortText } from '../fields.js';
import { escalationLevelsMax } from './deviationFields.js';

/**
 * The county settings: deadlines and reminder intervals in days, the escalation path of deviations, and the
 * individual's side: a child's own sign-in, what the individual's access log names, and how long guests stay.
 */

const days = (min: number, max: number) => z.number().int().min(min).max(max);

/** The settings an administrator changes, in the order the page names them in a change. */
export const countySettingNames = [
  'dischargeInvitationDays',
  'invitationReminderDays',
  'followUpReminderDays',
  'consentExpiryReminderDays',
  'escalationPath',
  'childSignInAge',
  'personLogNamesStaff',
  'guestDays',
  'scheduledBackups',
  'backupTime',
  'backupsKept',
] as const;
export type CountySettingName = (typeof countySettingNames)[number];

/** A time of day as hours and minutes, 00:00–23:59, as an `<input type="time">` gives it. */
const timeOfDay = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

/**
 * The ranges are those the database enforces (0005_county_settings.sql, 0023_individuals_side.sql,
 * 0033_scheduled_backups.sql).
 */
export const countySettingsBody = z.strictObject({
  dischargeInvitationDays: days(1, 30),
  invitationReminderDays: days(1, 30),
  followUpReminderDays: days(1, 60),
  consentExpiryReminderDays: days(1, 90),
  /**
   * The individual's side's settings came later: a client that does not send them leaves them as they are. From
   * which age staff may give a child a sign-in of their own to read their plan.
   */
  childSignInAge: z.number().int().min(7).max(17).optional(),
  /** Whether the individual's view of who opened their plan names the staff member, or only the unit. */
  personLogNamesStaff: z.boolean().optional(),
  /** How many days a guest's access lasts unless the individual chooses otherwise. */
  guestDays: days(1, 365).optional(),
  /**
   * The scheduled backup, later still and as optional: whether one is written each day, from which time of day
   * in Stockholm, and how many of them are kept.
   */
  scheduledBackups: z.boolean().optional(),
  backupTime: timeOfDay.optional(),
  backupsKept: days(1, 365).optional(),
  /** The levels after the local one (the unit's own manager), in order; the first is level 1. */
  escalationPath: z
    .array(z.strictObject({ nameSv: requiredShortText, nameEn: requiredShortText, unitId: id }))
    .max(escalationLevelsMax),
});
export type CountySettingsBody = z.infer<typeof countySettingsBody>;

const escalationLevel = z.object({
  level: z.number(),
  nameSv: z.string(),
  nameEn: z.string(),
  unitId: z.string(),
  unitName: z.string(),
});

export const countySettingsResponse = z.object({
  dischargeInvitationDays: z.number(),
  invitationReminderDays: z.number(),
  followUpReminderDays: z.number(),
  consentExpiryReminderDays: z.number(),
  childSignInAge: z.number(),
  personLogNamesStaff: z.boolean(),
  guestDays: z.number(),
  scheduledBackups: z.boolean(),
  backupTime: z.string(),
  backupsKept: z.number(),
  /** The latest day's scheduled backup, or null before the first. */
  lastScheduledBackup: z
    .object({
      startedAt: z.string(),
      /** When the file was complete, and its size; null while it is written or when it failed. */
      writtenAt: z.string().nullable(),
      bytes: z.number().nullable(),
      /** The latest failed try; it is tried again a few times, as every job is. */
      failedAt: z.string().nullable(),
    })
    .nullable(),
  escalationPath: z.array(escalationLevel),
  updatedAt: z.string(),
  /** The administrator who made the last change; null before any. */
  updatedByName: z.string().nullable(),
  /** The latest changes, newest first: who, when and which settings. */
  changes: z.array(
    z.object({
      changedAt: z.string(),
      changedByName: z.string(),
      fields: z.array(z.enum(countySettingNames)),
    }),
  ),
  /** Whether mail is sent over SMTP (SMTP_URL); otherwise it stays in the local outbox and there is nothing to test. */
  mailConfigured: z.boolean(),
  /** Units that can handle an escalation level. */
  units: z.array(z.object({ id: z.string(), name: z.string(), organisationName: z.string() })),
});
export type CountySettingsResponse = z.infer<typeof countySettingsResponse>;

export const testMailBody = z.strictObject({ to: email });
export type TestMailBody = z.infer<typeof testMailBody>;
export const testMailResponse = z.object({ sent: z.boolean(), error: z.string().nullable() });
export type TestMailResponse = z.infer<typeof testMailResponse>;
