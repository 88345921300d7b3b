import type { ReactElement } from 'react';

interface FilterFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control; it gets the id, and is described by the hint and the error. */
  children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactElement;
}

/** One labelled filter control with its hint and, when it is wrong, the message tied to it. */
export function FilterField({ id, label, hint, error, children }: FilterFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
