import { useTranslation } from 'react-i18next';
import type { AccessLogResponse } from '../../../shared/api/accessLog.js';
import { formatDateTime } from '../start/dates.js';

/** How many entries match and how many show each unusual pattern, before the entries themselves. */
export function UnusualSummary({ data }: { data: AccessLogResponse }) {
  const { t, i18n } = useTranslation();
  const { summary, thresholds } = data;
  const lines = [
    summary.manyPersons > 0 &&
      t('accessLog.summary.manyPersons', {
        count: summary.manyPersons,
        persons: thresholds.manyPersons,
        minutes: thresholds.windowMinutes,
      }),
    summary.outsideWorkingHours > 0 &&
      t('accessLog.summary.outsideWorkingHours', { count: summary.outsideWorkingHours }),
    summary.unitNotTakingPart > 0 &&
      t('accessLog.summary.unitNotTakingPart', { count: summary.unitNotTakingPart }),
  ].filter((line): line is string => Boolean(line));
  return (
    <section
      className={lines.length > 0 ? 'alert alert-warn' : 'alert alert-info'}
      aria-labelledby="unusual-heading"
    >
      <h2 id="unusual-heading">{t('accessLog.summary.heading')}</h2>
      <p>{t('accessLog.summary.total', { count: summary.total })}</p>
      {lines.length === 0 ? (
        <p>{t('accessLog.summary.none')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {summary.manyPersonsUsers.length > 0 && (
        <>
          <h3>{t('accessLog.summary.usersHeading')}</h3>
          <ul>
            {summary.manyPersonsUsers.map((burst) => (
              <li key={burst.user.id}>
                {t('accessLog.summary.user', {
                  name: burst.user.name,
                  username: burst.user.username,
                  persons: burst.mostPersons,
                  time: formatDateTime(burst.firstAt, i18n.language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
