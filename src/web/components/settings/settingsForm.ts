import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { countySettingsBody, type CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { escalationLevelsMax } from '../../../shared/api/deviationFields.js';
import type { FieldMessages } from '../shared/formSchema.js';

/** A number of days as typed: an empty field is none, which the setting's own schema then asks for. */
const daysTyped = (days: z.ZodNumber) =>
  z
    .string()
    .trim()
    .transform((text) => (text === '' ? undefined : Number(text)))
    .pipe(days);

/** The settings as the page holds them: each number of days as typed, piped into the server's schema. */
export const settingsForm = countySettingsBody.extend({
  dischargeInvitationDays: daysTyped(countySettingsBody.shape.dischargeInvitationDays),
  invitationReminderDays: daysTyped(countySettingsBody.shape.invitationReminderDays),
  followUpReminderDays: daysTyped(countySettingsBody.shape.followUpReminderDays),
  consentExpiryReminderDays: daysTyped(countySettingsBody.shape.consentExpiryReminderDays),
});
export type SettingsFormValues = z.input<typeof settingsForm>;

export function settingsFormValues(settings: CountySettingsResponse): SettingsFormValues {
  return {
    dischargeInvitationDays: String(settings.dischargeInvitationDays),
    invitationReminderDays: String(settings.invitationReminderDays),
    followUpReminderDays: String(settings.followUpReminderDays),
    consentExpiryReminderDays: String(settings.consentExpiryReminderDays),
    escalationPath: settings.escalationPath.map(({ nameSv, nameEn, unitId }) => ({ nameSv, nameEn, unitId })),
  };
}

/** An empty number of days is filled in, and a level's unit, picked from a list, is chosen. */
export function useSettingsMessages(): FieldMessages {
  const { t } = useTranslation();
  const days = countySettingsBody.keyof().exclude(['escalationPath']).options;
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
