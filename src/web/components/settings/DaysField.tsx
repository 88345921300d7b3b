import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../shared/fieldErrors.js';
import { FieldMessages } from '../shared/fields.js';

/** A number of days (or another `unit`) within the range the server enforces, shown as the input's limits. */
export function DaysField({
  label,
  hint,
  min,
  max,
  field,
  unit,
}: {
  label: string;
  hint: string;
  min: number;
  max: number;
  /** The setting's registration; its name is the input's id, as the server names the field. */
  field: UseFormRegisterReturn;
  /** What the number counts, after the field; days unless said. */
  unit?: string;
}) {
  const { t } = useTranslation();
  const id = field.name;
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
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          {...field}
        />{' '}
        {unit ?? t('settings.deadlines.days')}
      </span>
    </div>
  );
}
