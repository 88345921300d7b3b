import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldError } from './fieldErrors.js';
import './fields.css';

/** Form fields with a label, an optional hint and the API's message when the field was refused. */

interface BaseProps {
  id: string;
  label: ReactNode;
  /** The field's path in the request body, to find its error. */
  path?: string;
  hint?: ReactNode;
  required?: boolean;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={id}>
      {label}
      {required && <span className="required-mark"> {t('case.form.required')}</span>}
    </label>
  );
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

export function TextField({
  id,
  label,
  path,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  autoComplete,
  className,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'tel' | 'email';
  autoComplete?: string;
  className?: string;
}) {
  const error = useFieldError(path);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <Label id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function TextArea({
  id,
  label,
  path,
  hint,
  required,
  value,
  onChange,
  rows = 4,
}: BaseProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const error = useFieldError(path);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        value={value}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

export function SelectField({
  id,
  label,
  path,
  hint,
  required,
  value,
  onChange,
  options = [],
  groups = [],
  placeholder,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  options?: Option[];
  groups?: OptionGroup[];
  /** The empty choice, e.g. "Välj …"; offered when set. */
  placeholder?: string;
}) {
  const error = useFieldError(path);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  path,
  hint,
  checked,
  onChange,
}: BaseProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const error = useFieldError(path);
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A choice of one among a few, as radio buttons in a fieldset. */
export function RadioGroup<T extends string>({
  id,
  legend,
  path,
  hint,
  value,
  onChange,
  options,
  inline = false,
}: {
  id: string;
  legend: ReactNode;
  path?: string;
  hint?: ReactNode;
  value: T | '';
  onChange: (value: T) => void;
  options: { value: T; label: string }[];
  inline?: boolean;
}) {
  const error = useFieldError(path);
  return (
    <fieldset className={inline ? 'field radio-group radio-inline' : 'field radio-group'}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option) => (
        <label key={option.value} className="check" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, hint, error)}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
