import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The same report as files: plain links, so the browser downloads them with the session it already has, and
 * the yearly report of the period's year for printing.
 */
export function Downloads({ query, year }: { query: string; year: string }) {
  const { t } = useTranslation();
  return (
    <section className="card statistics-downloads" aria-labelledby="statistics-downloads">
      <h2 id="statistics-downloads">{t('statistics.exports.heading')}</h2>
      <p className="hint">{t('statistics.exports.hint')}</p>
      <div className="actions">
        <a className="button-secondary button-link" href={`/api/statistics/export.csv?${query}`} download>
          {t('statistics.exports.csv')}
        </a>
        <a className="button-secondary button-link" href={`/api/statistics/export.xlsx?${query}`} download>
          {t('statistics.exports.xlsx')}
        </a>
        <Link className="button-secondary button-link" to={`/statistics/report?${reportParams(query, year)}`}>
          {t('statistics.exports.report', { year })}
        </Link>
      </div>
    </section>
  );
}

/** The report covers a whole year at the same place and selection; the period's own dates give way. */
function reportParams(query: string, year: string): string {
  const params = new URLSearchParams(query);
  params.delete('from');
  params.delete('to');
  params.set('year', year);
  return params.toString();
}
