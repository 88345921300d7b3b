import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountySettingsResponse } from '../../shared/api/countySettings.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { StepForm } from '../components/shared/StepForm.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { DaysField } from '../components/settings/DaysField.js';
import { EscalationPathEditor, type LevelDraft } from '../components/settings/EscalationPathEditor.js';
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
type DayField = (typeof dayFields)[number]['id'];

/**
 * The county settings for the system administrator: deadlines, reminder intervals, the escalation path, and a
 * test of the mail.
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
  const [days, setDays] = useState<Record<DayField, string>>(() => ({
    dischargeInvitationDays: String(settings.dischargeInvitationDays),
    invitationReminderDays: String(settings.invitationReminderDays),
    followUpReminderDays: String(settings.followUpReminderDays),
    consentExpiryReminderDays: String(settings.consentExpiryReminderDays),
  }));
  const [levels, setLevels] = useState<LevelDraft[]>(() =>
    settings.escalationPath.map((level) => ({
      key: level.level,
      nameSv: level.nameSv,
      nameEn: level.nameEn,
      unitId: level.unitId,
    })),
  );
  const save = useSaveCountySettings(() => onSaved(t('settings.saved')));

  function saveSettings() {
    onSaved('');
    // Whatever was typed is sent; the server checks the ranges and names the field that is wrong.
    save.mutate({
      dischargeInvitationDays: Number(days.dischargeInvitationDays),
      invitationReminderDays: Number(days.invitationReminderDays),
      followUpReminderDays: Number(days.followUpReminderDays),
      consentExpiryReminderDays: Number(days.consentExpiryReminderDays),
      escalationPath: levels.map(({ nameSv, nameEn, unitId }) => ({ nameSv, nameEn, unitId })),
    });
  }

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
      <StepForm action={save} send={saveSettings} label={t('settings.save')}>
        <section className="card" aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">{t('settings.deadlines.heading')}</h2>
          {dayFields.map((field) => (
            <DaysField
              key={field.id}
              id={field.id}
              label={t(`settings.deadlines.${field.id}`)}
              hint={t(`settings.deadlines.${field.id}Hint`)}
              min={field.min}
              max={field.max}
              value={days[field.id]}
              onChange={(value) => setDays({ ...days, [field.id]: value })}
            />
          ))}
        </section>
        <EscalationPathEditor levels={levels} units={settings.units} onChange={setLevels} />
      </StepForm>
      <TestMailSection mailConfigured={settings.mailConfigured} />
      <SettingsChanges changes={settings.changes} />
    </>
  );
}
