import { useTranslation } from 'react-i18next';
import './loading.css';

/**
 * The line shown while a page's data is on its way, announced to screen readers as a status; `text` says what is
 * loading where the page names it.
 */
export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {text ?? t('app.loading')}
    </p>
  );
}
