import { useTranslation } from 'react-i18next';
import type { CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { CheckboxField, TextField } from '../shared/fields.js';
import { formatDateTime } from '../start/dates.js';
import { DaysField } from './DaysField.js';
import { useSettingsForm } from './settingsForm.js';

type LastBackup = CountySettingsResponse['lastScheduledBackup'];

/**
 * The county's scheduled backup: on or off, the time of day in Stockholm, how many are kept (the limits the
 * database enforces, 0033_scheduled_backups.sql), and how the latest one went, so an administrator sees a failing
 * backup without reading logs.
 */
export function ScheduledBackupSettings({ last }: { last: LastBackup }) {
  const { t } = useTranslation();
  const form = useSettingsForm();
  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('settings.backup.heading')}</h2>
      <p>{t('settings.backup.intro')}</p>
      <p role="status">
        <LastBackupLine last={last} />
      </p>
      <CheckboxField
        id="scheduledBackups"
        label={t('settings.backup.scheduledBackups')}
        hint={t('settings.backup.scheduledBackupsHint')}
        field={form.register('scheduledBackups')}
      />
      <TextField
        id="backupTime"
        type="time"
        className="time-of-day"
        label={t('settings.backup.backupTime')}
        hint={t('settings.backup.backupTimeHint')}
        field={form.register('backupTime')}
      />
      <DaysField
        label={t('settings.backup.backupsKept')}
        hint={t('settings.backup.backupsKeptHint')}
        min={1}
        max={365}
        unit={t('settings.backup.copies')}
        field={form.register('backupsKept')}
      />
    </section>
  );
}

function LastBackupLine({ last }: { last: LastBackup }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatDateTime(instant, i18n.language);
  if (!last) return t('settings.backup.never');
  if (last.writtenAt)
    return t('settings.backup.written', {
      when: when(last.writtenAt),
      size: size(last.bytes ?? 0, i18n.language),
    });
  if (last.failedAt) return t('settings.backup.failed', { when: when(last.failedAt) });
  return t('settings.backup.writing', { when: when(last.startedAt) });
}

/** A file's size in megabytes, as the language writes them: "12,5 MB". */
function size(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / 1_000_000);
}
