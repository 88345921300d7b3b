import { useTranslation } from 'react-i18next';
import './statusLine.css';

/**
 * What just succeeded. The live region is always in the page (empty when there is nothing to say), so screen
 * readers announce each new message; it sticks to the top so the message is seen wherever the form was.
 */
export function StatusLine({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={message ? 'status-line status-line-shown' : 'status-line'}>
      <p role="status" className="status-line-text">
        {message}
      </p>
      {message && (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('case.statusDismiss')}
        </button>
      )}
    </div>
  );
}
