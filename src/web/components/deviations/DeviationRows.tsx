import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeviationSummary } from '../../../shared/api/deviations.js';
import { formatDateTime } from '../start/dates.js';
import { DeviationStatusBadge } from './DeviationStatusBadge.js';

export function deviationColumns(t: TFunction): string[] {
  return [
    t('deviations.columns.about'),
    t('deviations.columns.kind'),
    t('deviations.columns.unit'),
    t('deviations.columns.status'),
    t('deviations.columns.handler'),
    t('deviations.columns.updated'),
  ];
}

/**
 * One row per deviation: the case number, or "Discharge" for a discharge process without a SIP, opens the
 * deviation — never the individual's name.
 */
export function DeviationRows({ deviations }: { deviations: DeviationSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {deviations.map((deviation) => (
        <tr key={deviation.id}>
          <th scope="row">
            <Link to={`/deviations/${deviation.id}`}>
              {deviation.caseNumber ?? t('deviations.discharge')}
            </Link>
          </th>
          <td>
            {t(`deviations.kind.${deviation.kind}`)}
            {deviation.automatic && <span className="cell-detail">{t('deviations.automatic')}</span>}
          </td>
          <td>{deviation.unit.name}</td>
          <td>
            <DeviationStatusBadge status={deviation.status} />
          </td>
          <td>
            {deviation.routedUnit.name}
            <span className="cell-detail">{deviation.levelName}</span>
          </td>
          <td>
            <time dateTime={deviation.updatedAt}>{formatDateTime(deviation.updatedAt, i18n.language)}</time>
          </td>
        </tr>
      ))}
    </>
  );
}
