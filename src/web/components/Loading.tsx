import { useTranslation } from 'react-i18next';

/** The line shown while a page's data is on its way, announced to screen readers as a status. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
