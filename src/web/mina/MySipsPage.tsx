import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';

/** The first page after signing in: the SIPs the person takes part in. */
export function MySipsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mina.sips.pageTitle'));
  return (
    <div className="mina-narrow">
      <h1>{t('mina.sips.title')}</h1>
    </div>
  );
}
