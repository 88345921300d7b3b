import { useTranslation } from 'react-i18next';
import type { CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { formatDateTime } from '../start/dates.js';
import { TableSection } from '../start/TableSection.js';

/** Who changed the settings, when, and which. */
export function SettingsChanges({ changes }: { changes: CountySettingsResponse['changes'] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <TableSection
      headingId="settings-changes-heading"
      heading={t('settings.changes.heading')}
      intro=""
      isEmpty={false}
      empty=""
      columns={[t('settings.changes.when'), t('settings.changes.by'), t('settings.changes.what')]}
    >
      {changes.map((change) => (
        <tr key={`${change.changedAt}-${change.changedByName}`}>
          <td>
            <time dateTime={change.changedAt}>{formatDateTime(change.changedAt, i18n.language)}</time>
          </td>
          <td>{change.changedByName}</td>
          <td>
            {change.fields.length === 0
              ? t('settings.changes.none')
              : change.fields.map((field) => t(`settings.changes.field.${field}`)).join(', ')}
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
