import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { countySettingsBody, type CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { escalationLevelsMax } from '../../../shared/api/deviationFields.js';
import type { FieldMessages } from '../shared/formSchema.js';

/** A number (of days, of years) as typed: an empty field is none, which the setting's own schema then asks for. */
const numberTyped = (days: z.ZodNumber) =>
  z
    .string()
    .trim()
    .transform((text) => (text === '' ? undefined : Number(text)))
    .pipe(days);

/** The settings as the page holds them: each number of days as typed, piped into the server's schema. */
export const settingsForm = countySettingsBody.extend({
  dischargeInvitationDays: numberTyped(countySettingsBody.shape.dischargeInvitationDays),
  invitationReminderDays: numberTyped(countySettingsBody.shape.invitationReminderDays),
  followUpReminderDays: numberTyped(countySettingsBody.shape.followUpReminderDays),
  consentExpiryReminderDays: numberTyped(countySettingsBody.shape.consentExpiryReminderDays),
  // The page always sends the individual's side's settings, which the API lets an older client leave out.
  childSignInAge: numberTyped(countySettingsBody.shape.childSignInAge.unwrap()),
  personLogNamesStaff: z.boolean(),
  guestDays: numberTyped(countySettingsBody.shape.guestDays.unwrap()),
  // And the scheduled backup's, likewise.
  scheduledBackups: z.boolean(),
  backupTime: countySettingsBody.shape.backupTime.unwrap(),
  backupsKept: numberTyped(countySettingsBody.shape.backupsKept.unwrap()),
});
export type SettingsFormValues = z.input<typeof settingsForm>;

export function settingsFormValues(settings: CountySettingsResponse): SettingsFormValues {
  return {
    dischargeInvitationDays: String(settings.dischargeInvitationDays),
    invitationReminderDays: String(settings.invitationReminderDays),
    followUpReminderDays: String(settings.followUpReminderDays),
    consentExpiryReminderDays: String(settings.consentExpiryReminderDays),
    childSignInAge: String(settings.childSignInAge),
    personLogNamesStaff: settings.personLogNamesStaff,
    guestDays: String(settings.guestDays),
    scheduledBackups: settings.scheduledBackups,
    backupTime: settings.backupTime,
    backupsKept: String(settings.backupsKept),
    escalationPath: settings.escalationPath.map(({ nameSv, nameEn, unitId }) => ({ nameSv, nameEn, unitId })),
  };
}

/** An empty number of days (or time) is filled in, and a level's unit, picked from a list, is chosen. */
export function useSettingsMessages(): FieldMessages {
  const { t } = useTranslation();
  const days = countySettingsBody
    .keyof()
    .exclude(['escalationPath', 'personLogNamesStaff', 'scheduledBackups']).options;
  const units = Array.from({ length: escalationLevelsMax }, (_, index) => `escalationPath.${index}.unitId`);
  return Object.fromEntries<string>([
    ...days.map((name) => [name, t('case.form.fillIn')] as const),
    ...units.map((path) => [path, t('case.form.choose')] as const),
  ]);
}

/** The settings form, for the parts of the page that register their fields with it. */
export function useSettingsForm() {
  return useFormContext<SettingsFormValues>();
}
