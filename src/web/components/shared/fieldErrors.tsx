import { createContext, useContext, type ReactNode } from 'react';
import { get, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client.js';

/** Finds the message for a field by its path in the request body (`unitIds`, `guardians.1.name`). */
type FieldErrorLookup = (path: string) => string | undefined;

const FieldErrorContext = createContext<FieldErrorLookup>(() => undefined);

/**
 * Lets the fields of a form kept by react-hook-form find their message in its state, where both its own checks
 * and the server's refusals (set by StepForm) put them. A path the form holds no value at, such as a body field
 * made of several inputs (a meeting's `startsAt`), finds it in the refusal.
 */
export function FormFieldErrors<TInput extends FieldValues, TBody>({
  form,
  refusal,
  prefix,
  children,
}: {
  form: UseFormReturn<TInput, unknown, TBody>;
  refusal: unknown;
  prefix: string;
  children: ReactNode;
}) {
  const { errors } = form.formState;
  const lookup = (path: string) =>
    formErrorMessage(errors, path) ??
    (get(form.getValues(), path) === undefined ? fieldErrorMessage(refusal, prefix, path) : undefined);
  return <FieldErrorContext.Provider value={lookup}>{children}</FieldErrorContext.Provider>;
}

function formErrorMessage(errors: FieldValues, path: string): string | undefined {
  const found: unknown = get(errors, path);
  if (typeof found !== 'object' || found === null || !('message' in found)) return undefined;
  return typeof found.message === 'string' ? found.message : undefined;
}

/**
 * The message for one field, if the last attempt was refused because of it: either a schema error naming the
 * field (`body.content.needs`) or a rule refusal whose details name it (`{ field: 'validUntil' }`).
 */
function fieldErrorMessage(error: unknown, prefix: string, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const exact = error.fieldErrors.find((field) => field.field === `${prefix}${path}`);
  if (exact) return exact.message;
  if (error.body.field === path) return error.message;
  return undefined;
}

export function useFieldError(path: string | undefined): string | undefined {
  const lookup = useContext(FieldErrorContext);
  return path === undefined ? undefined : lookup(path);
}

/** For lists whose items each may be refused: look up any path within this form. */
export function useFieldErrorLookup(): FieldErrorLookup {
  return useContext(FieldErrorContext);
}
