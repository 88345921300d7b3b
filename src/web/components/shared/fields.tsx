import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useFieldError } from './fieldErrors.js';
import './fields.css';

/**
 * Form fields with a label, an optional hint and the message when the field is wrong. A field is either
 * registered with a react-hook-form form (`field={form.register('reason')}`), which then holds its value and
 * finds its message under the same name, or given its value and told of changes.
 */

interface BaseProps {
  id: string;
  label: ReactNode;
  /** The field's path in the request body, to find its error; a registered field's name by default. */
  path?: string;
  hint?: ReactNode;
  required?: boolean;
}

type Binding<T> =
  | { field: UseFormRegisterReturn; value?: undefined; onChange?: undefined }
  | { field?: undefined; value: T; onChange: (value: T) => void };

type TextElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The input's own props for either binding. */
function bound(binding: Binding<string>) {
  if (binding.field) return binding.field;
  const { value, onChange } = binding;
  return { value, onChange: (event: ChangeEvent<TextElement>) => onChange(event.target.value) };
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
  type = 'text',
  autoComplete,
  className,
  requiredMark = true,
  ...binding
}: BaseProps &
  Binding<string> & {
    type?: 'text' | 'date' | 'time' | 'tel' | 'email' | 'password';
    autoComplete?: string;
    className?: string;
    /**
     * Whether the label of a required field says so. A short form whose every field is needed (the sign-in, a
     * period) leaves it out, so the field's name stays just its label (“Användarnamn”, “Från”).
     */
    requiredMark?: boolean;
  }) {
  const error = useFieldError(path ?? binding.field?.name);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <Label id={id} label={label} required={required && requiredMark} />
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        type={type}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...bound(binding)}
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
  rows = 4,
  ...binding
}: BaseProps & Binding<string> & { rows?: number }) {
  const error = useFieldError(path ?? binding.field?.name);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...bound(binding)}
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
  options = [],
  groups = [],
  placeholder,
  ...binding
}: BaseProps &
  Binding<string> & {
    options?: Option[];
    groups?: OptionGroup[];
    /** The empty choice, e.g. "Välj …"; offered when set. */
    placeholder?: string;
  }) {
  const error = useFieldError(path ?? binding.field?.name);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...bound(binding)}
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
  ...binding
}: BaseProps &
  (
    | { field: UseFormRegisterReturn; checked?: undefined; onChange?: undefined }
    | { field?: undefined; checked: boolean; onChange: (checked: boolean) => void }
  )) {
  const error = useFieldError(path ?? binding.field?.name);
  const { field, checked, onChange } = binding;
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...(field ?? {
            checked,
            onChange: (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked),
          })}
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
  options,
  inline = false,
  ...binding
}: {
  id: string;
  legend: ReactNode;
  path?: string;
  hint?: ReactNode;
  options: { value: T; label: string }[];
  inline?: boolean;
} & (
  | { field: UseFormRegisterReturn; value?: undefined; onChange?: undefined }
  | { field?: undefined; value: T | ''; onChange: (value: T) => void }
)) {
  const error = useFieldError(path ?? binding.field?.name);
  const { field, value, onChange } = binding;
  return (
    <fieldset className={inline ? 'field radio-group radio-inline' : 'field radio-group'}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option) => (
        <label key={option.value} className="check" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, hint, error)}
            {...(field ?? {
              name: id,
              checked: value === option.value,
              onChange: () => onChange(option.value),
            })}
            value={option.value}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
