import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { ApiError } from '../../api/client.js';
import { FieldErrors, FormFieldErrors } from './fieldErrors.js';
import { FormActions, type FormActionsProps, type Sending } from './FormActions.js';
import { useFormSubmit } from './useFormSubmit.js';

/** A step that reads the form's state when it runs, so it is sent without variables. */
interface Step extends Sending {
  mutate: (variables: undefined) => void;
}

/** A step sent with the body its form's schema made; a refusal comes back as the promise's error. */
interface BodyStep<TBody> extends Sending {
  mutateAsync: (body: TBody) => Promise<unknown>;
}

/**
 * How the step is sent: by default `action.mutate(undefined)`; `send` for one that takes variables or does
 * more once it is under way, such as going on to what it made.
 */
type Sent = { action: Step; send?: undefined } | { action: Sending; send: () => void };

type Common = Omit<FormActionsProps, 'action' | 'localError'> & {
  className?: string;
  children: ReactNode;
};

type OwnStateProps = Sent &
  Common & {
    form?: undefined;
    /** The browser's own check of what is not filled in yet; nothing is sent while it finds something. */
    check?: () => ApiError | null;
  };

type HookFormProps<TInput extends FieldValues, TBody> = Common & {
  /** The form, whose resolver is the body's schema: nothing is sent while it finds something wrong. */
  form: UseFormReturn<TInput, unknown, TBody>;
  action: BodyStep<TBody>;
  /** For a step that does more than `action.mutateAsync(body)`, such as going on to what it made. */
  send?: (body: TBody) => Promise<unknown>;
  /** Where the form's fields sit in the request, e.g. `body.` or `body.content.` for the plan. */
  prefix?: string;
};

/**
 * The form of one step: its fields, each finding its own message, then FormActions. The fields are `children`,
 * with any intro or warning before them.
 */
export function StepForm<TInput extends FieldValues, TBody>(
  props: OwnStateProps | HookFormProps<TInput, TBody>,
) {
  return props.form ? <HookStepForm {...props} form={props.form} /> : <OwnStateStepForm {...props} />;
}

/**
 * A form kept by react-hook-form. What its schema finds wrong is marked on the fields with a summary above the
 * buttons, and the first wrong field takes the focus; so is what the server refuses, on the fields it names.
 */
function HookStepForm<TInput extends FieldValues, TBody>({
  form,
  action,
  send,
  prefix = 'body.',
  label,
  pendingLabel,
  onCancel,
  danger,
  className,
  children,
}: HookFormProps<TInput, TBody>) {
  const { t } = useTranslation();
  const { submit, incomplete } = useFormSubmit(form, send ?? action.mutateAsync, prefix);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={className}>
      <FormFieldErrors form={form} refusal={incomplete ? null : action.error} prefix={prefix}>
        {/* Groups of fields used in several forms (a meeting's time, who was present) register themselves. */}
        <FormProvider {...form}>{children}</FormProvider>
      </FormFieldErrors>
      <FormActions
        action={action}
        label={label}
        pendingLabel={pendingLabel}
        localError={incomplete ? new Error(t('case.form.incomplete')) : null}
        onCancel={onCancel}
        danger={danger}
      />
    </form>
  );
}

function OwnStateStepForm(props: OwnStateProps) {
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
