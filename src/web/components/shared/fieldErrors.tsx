import { createContext, useContext, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';

interface FieldErrorScope {
  error: unknown;
  /** Where this form's fields sit in the request, e.g. `body.` or `body.content.` for the plan. */
  prefix: string;
}

const FieldErrorContext = createContext<FieldErrorScope>({ error: null, prefix: 'body.' });

/** Lets the fields of one form find their own message in the API's refusal. */
export function FieldErrors({
  error,
  prefix = 'body.',
  children,
}: {
  error: unknown;
  prefix?: string;
  children: ReactNode;
}) {
  return <FieldErrorContext.Provider value={{ error, prefix }}>{children}</FieldErrorContext.Provider>;
}

/**
 * The message for one field, if the last attempt was refused because of it: either a schema error naming the
 * field (`body.content.needs`) or a rule refusal whose details name it (`{ field: 'validUntil' }`).
 */
export function fieldErrorMessage(error: unknown, prefix: string, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const exact = error.fieldErrors.find((field) => field.field === `${prefix}${path}`);
  if (exact) return exact.message;
  if (error.body.field === path) return error.message;
  return undefined;
}

export function useFieldError(path: string | undefined): string | undefined {
  const { error, prefix } = useContext(FieldErrorContext);
  return path === undefined ? undefined : fieldErrorMessage(error, prefix, path);
}

/** For lists whose items each may be refused: look up any path within this form. */
export function useFieldErrorLookup(): (path: string) => string | undefined {
  const { error, prefix } = useContext(FieldErrorContext);
  return (path) => fieldErrorMessage(error, prefix, path);
}
