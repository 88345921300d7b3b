import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Print and go back: on screen only, never on paper. */
export function PrintToolbar({ sipId }: { sipId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="print-toolbar no-print" aria-label={t('start.print.title')}>
      <Link to={`/sips/${sipId}`}>{t('start.print.back')}</Link>
      <button type="button" className="button-primary" onClick={() => window.print()}>
        {t('start.print.print')}
      </button>
    </nav>
  );
}
