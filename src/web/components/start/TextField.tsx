import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
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
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
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
        <textarea {...common} rows={5} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.error && (
        <span className="field-error" id={errorId}>
          {props.error}
        </span>
      )}
    </div>
  );
}
