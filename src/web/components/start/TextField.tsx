import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useFieldError } from '../shared/fieldErrors.js';

interface TextFieldProps {
  id: string;
  label: string;
  /** The field as registered with its form, whose errors it finds under the same name. */
  field: UseFormRegisterReturn;
  hint?: string;
  /** What is wrong with the field when its form's errors do not say it (the look-up's number). */
  error?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'tel';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
}

/** One labelled text input with its hint and, when the input is wrong, the message tied to it. */
export function TextField(props: TextFieldProps) {
  const { t } = useTranslation();
  const formError = useFieldError(props.field.name);
  const error = props.error ?? formError;
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    ...props.field,
    id: props.id,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}
        {props.required && <span className="required-mark"> ({t('start.newSipPage.required')})</span>}
      </label>
      {props.hint && (
        <span className="hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.multiline ? (
        <textarea {...common} rows={5} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
        />
      )}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
