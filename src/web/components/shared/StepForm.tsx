import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../api/client.js';
import { FieldErrors } from './fieldErrors.js';
import { FormActions, type FormActionsProps, type Sending } from './FormActions.js';

/** A step that reads the form's state when it runs, so it is sent without variables. */
interface Step extends Sending {
  mutate: (variables: undefined) => void;
}

/**
 * How the step is sent: by default `action.mutate(undefined)`; `send` for one that takes variables or does
 * more once it is under way, such as going on to what it made.
 */
type Sent = { action: Step; send?: undefined } | { action: Sending; send: () => void };

type StepFormProps = Sent &
  Omit<FormActionsProps, 'action' | 'localError'> & {
    /** The browser's own check of what is not filled in yet; nothing is sent while it finds something. */
    check?: () => ApiError | null;
    className?: string;
    children: ReactNode;
  };

/**
 * The form of one step: its fields, each finding its own message in the refusal, then FormActions. The fields
 * are `children`, with any intro or warning before them.
 */
export function StepForm(props: StepFormProps) {
  const { action, label, pendingLabel, onCancel, danger, check, className, children } = props;
  const [localError, setLocalError] = useState<ApiError | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = check ? check() : null;
    setLocalError(missing);
    if (missing) return;
    if (props.send) props.send();
    else props.action.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate className={className}>
      <FieldErrors error={localError ?? action.error}>{children}</FieldErrors>
      <FormActions
        action={action}
        label={label}
        pendingLabel={pendingLabel}
        localError={localError}
        onCancel={onCancel}
        danger={danger}
      />
    </form>
  );
}
