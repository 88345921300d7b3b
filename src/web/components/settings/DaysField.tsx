import { useTranslation } from 'react-i18next';
import { useFieldError } from '../shared/fieldErrors.js';
import { FieldMessages } from '../shared/fields.js';

/** A number of days within the range the server enforces; the browser's own check is left to the server's. */
export function DaysField({
  id,
  label,
  hint,
  min,
  max,
  value,
  onChange,
}: {
  id:
    | 'dischargeInvitationDays'
    | 'invitationReminderDays'
    | 'followUpReminderDays'
    | 'consentExpiryReminderDays';
  label: string;
  hint: string;
  min: number;
  max: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const error = useFieldError(id);
  return (
    <div className="field days-field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <span className="days-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
        />{' '}
        {t('settings.deadlines.days')}
      </span>
    </div>
  );
}
