import { useTranslation } from 'react-i18next';

/**
 * An error as the user should read it: the server's message in their language, which names any field at fault
 * by its name and says what is wrong. The fields themselves show their own message beside them, so it is not
 * listed again here.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t('errors.unknown');
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{message}</p>
    </div>
  );
}
