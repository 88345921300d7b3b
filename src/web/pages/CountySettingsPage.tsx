import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CountySettingsResponse } from '../../shared/api/countySettings.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { StepForm } from '../components/shared/StepForm.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { DaysField } from '../components/settings/DaysField.js';
import { PersonSideSettings } from '../components/settings/PersonSideSettings.js';
import { ScheduledBackupSettings } from '../components/settings/ScheduledBackupSettings.js';
import { EscalationPathEditor } from '../components/settings/EscalationPathEditor.js';
import {
  settingsForm,
  settingsFormValues,
  useSettingsMessages,
} from '../components/settings/settingsForm.js';
import { SettingsChanges } from '../components/settings/SettingsChanges.js';
import { TestMailSection } from '../components/settings/TestMailSection.js';
import { useCountySettings, useSaveCountySettings } from '../components/settings/useCountySettings.js';
import { formatDateTime } from '../components/start/dates.js';
import '../components/settings/settings.css';

/** The ranges the server enforces (0005_county_settings.sql), shown as the fields' limits. */
const dayFields = [
  { id: 'dischargeInvitationDays', min: 1, max: 30 },
  { id: 'invitationReminderDays', min: 1, max: 30 },
  { id: 'followUpReminderDays', min: 1, max: 60 },
  { id: 'consentExpiryReminderDays', min: 1, max: 90 },
] as const;

/**
 * The county settings for the system administrator: deadlines, reminder intervals, the individual's side, the
 * escalation path, the scheduled backup, and a test of the mail.
 */
export function CountySettingsPage() {
  const { t } = useTranslation();
  const settings = useCountySettings();
  const [message, setMessage] = useState('');
  return (
    <div className="settings-page">
      <div className="page-head">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="lead">{t('settings.intro')}</p>
        </div>
      </div>
      {settings.isPending && <Loading />}
      {settings.error && (
        <>
          <p>{t('settings.loadFailed')}</p>
          <ErrorMessage error={settings.error} />
        </>
      )}
      <StatusLine message={message} onDismiss={() => setMessage('')} />
      {/* A saved change starts the form afresh from what the server now holds. */}
      {settings.data && (
        <SettingsForm key={settings.data.updatedAt} settings={settings.data} onSaved={setMessage} />
      )}
    </div>
  );
}

function SettingsForm({
  settings,
  onSaved,
}: {
  settings: CountySettingsResponse;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(settingsForm, useSettingsMessages()),
    defaultValues: settingsFormValues(settings),
  });
  const save = useSaveCountySettings(() => onSaved(t('settings.saved')));

  return (
    <>
      <p>
        {settings.updatedByName
          ? t('settings.lastChanged', {
              when: formatDateTime(settings.updatedAt, i18n.language),
              name: settings.updatedByName,
            })
          : t('settings.neverChanged')}
      </p>
      <StepForm
        form={form}
        action={save}
        send={(body) => {
          onSaved('');
          return save.mutateAsync(body);
        }}
        label={t('settings.save')}
      >
        <section className="card" aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">{t('settings.deadlines.heading')}</h2>
          {dayFields.map((field) => (
            <DaysField
              key={field.id}
              label={t(`settings.deadlines.${field.id}`)}
              hint={t(`settings.deadlines.${field.id}Hint`)}
              min={field.min}
              max={field.max}
              field={form.register(field.id)}
            />
          ))}
        </section>
        <PersonSideSettings />
        <EscalationPathEditor units={settings.units} />
        <ScheduledBackupSettings last={settings.lastScheduledBackup} />
      </StepForm>
      <TestMailSection mailConfigured={settings.mailConfigured} />
      <SettingsChanges changes={settings.changes} />
    </>
  );
}
