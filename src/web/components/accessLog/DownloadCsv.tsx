import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n/language.js';

interface DownloadCsvProps {
  /** The same filter as the page, as query parameters. */
  query: string;
  total: number;
  max: number;
}

/** A plain link, so the browser downloads the file with the session it already has. */
export function DownloadCsv({ query, total, max }: DownloadCsvProps) {
  const { t, i18n } = useTranslation();
  const rows = max.toLocaleString(localeOf(i18n.language));
  return (
    <div className="download-csv">
      <a
        className="button-secondary button-link"
        href={`/api/access-log/export.csv${query ? `?${query}` : ''}`}
        download
      >
        {t('accessLog.download')}
      </a>
      <p className="hint">{t('accessLog.downloadHint', { max: rows })}</p>
      {total > max && <p className="alert alert-warn">{t('accessLog.capped', { max: rows })}</p>}
    </div>
  );
}
