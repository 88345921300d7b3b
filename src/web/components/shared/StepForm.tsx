import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { FormFieldErrors } from './fieldErrors.js';
import { FormActions, type FormActionsProps, type Sending } from './FormActions.js';
import { useFormSubmit } from './useFormSubmit.js';

/** A step sent with the body its form's schema made; a refusal comes back as the promise's error. */
interface BodyStep<TBody> extends Sending {
  mutateAsync: (body: TBody) => Promise<unknown>;
}

type StepFormProps<TInput extends FieldValues, TBody> = Omit<FormActionsProps, 'action' | 'localError'> & {
  className?: string;
  children: ReactNode;
  /** The form, whose resolver is the body's schema: nothing is sent while it finds something wrong. */
  form: UseFormReturn<TInput, unknown, TBody>;
  action: BodyStep<TBody>;
  /** For a step that does more than `action.mutateAsync(body)`, such as going on to what it made. */
  send?: (body: TBody) => Promise<unknown>;
  /** Where the form's fields sit in the request, e.g. `body.` or `body.content.` for the plan. */
  prefix?: string;
};

/**
 * The form of one step, kept by react-hook-form: its fields (`children`, with any intro or warning before them),
 * each finding its own message, then FormActions. What its schema finds wrong is marked on the fields with a
 * summary above the buttons, and the first wrong field takes the focus; so is what the server refuses, on the
 * fields it names.
 */
export function StepForm<TInput extends FieldValues, TBody>({
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
}: StepFormProps<TInput, TBody>) {
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
