import { useTranslation } from 'react-i18next';
import { FormError } from './FormError.js';

/** What FormActions needs from the action the form sends: whether it is under way, and why it failed. */
export interface Sending {
  isPending: boolean;
  error: unknown;
}

export interface FormActionsProps {
  action: Sending;
  label: string;
  pendingLabel?: string;
  localError?: Error | null;
  onCancel?: () => void;
  danger?: boolean;
}

/**
 * The end of a case form: why it was not accepted (FormError), then the submit button – showing `pendingLabel`,
 * by default “Sparar …”, while the action is under way – and, when `onCancel` is given, a cancel button.
 */
export function FormActions({
  action,
  label,
  pendingLabel,
  localError,
  onCancel,
  danger = false,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormError local={localError} remote={action.error} />
      <div className="actions">
        <button
          type="submit"
          className={danger ? 'button-danger' : 'button-primary'}
          disabled={action.isPending}
        >
          {action.isPending ? (pendingLabel ?? t('app.saving')) : label}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('case.form.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
