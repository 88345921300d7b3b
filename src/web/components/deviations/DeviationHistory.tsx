import { useTranslation } from 'react-i18next';
import type { DeviationStatus } from '../../../shared/api/deviationFields.js';
import type { DeviationDetail } from '../../../shared/api/deviations.js';
import { Prose } from '../shared/Facts.js';
import { formatDateTime } from '../start/dates.js';
import { TableWrap } from '../shared/TableWrap.js';

/** Every step the deviation has taken: when, from which status to which, with whom, by whom and why. */
export function DeviationHistory({ history }: { history: DeviationDetail['history'] }) {
  const { t, i18n } = useTranslation();
  const status = (value: DeviationStatus) => t(`deviations.status.${value}`);
  return (
    <section className="card" aria-labelledby="deviation-history-heading">
      <h2 id="deviation-history-heading">{t('deviations.history.heading')}</h2>
      <TableWrap label={t('deviations.history.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('deviations.history.when')}</th>
              <th scope="col">{t('deviations.history.change')}</th>
              <th scope="col">{t('deviations.history.level')}</th>
              <th scope="col">{t('deviations.history.by')}</th>
              <th scope="col">{t('deviations.history.note')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={`${entry.occurredAt}-${entry.toStatus}-${entry.escalationLevel}`}>
                <td>
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
                </td>
                <td>
                  {entry.fromStatus === null
                    ? t('deviations.history.opened')
                    : t('deviations.history.changed', {
                        from: status(entry.fromStatus),
                        to: status(entry.toStatus),
                      })}
                </td>
                <td>
                  {entry.routedUnitName}
                  <span className="cell-detail">{entry.levelName}</span>
                </td>
                <td>
                  {entry.actorName ?? t('deviations.history.bySamplan')}
                  {entry.actorUnitName && <span className="cell-detail">{entry.actorUnitName}</span>}
                </td>
                <td>{entry.note && <Prose text={entry.note} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
