import { get, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client.js';

/**
 * Puts a refusal's field errors on the form's fields: each schema error under the field it names, and a rule
 * refusal on the field its details name; the first takes the focus. A path the form does not hold as such (a
 * meeting's `startsAt`, made of a date and a time) finds its message in the refusal itself (FormFieldErrors).
 */
export function markRefusal<TInput extends FieldValues, TBody>(
  form: UseFormReturn<TInput, unknown, TBody>,
  error: unknown,
  prefix: string,
): void {
  if (!(error instanceof ApiError)) return;
  const refused = error.fieldErrors
    .filter((field) => field.field.startsWith(prefix))
    .map((field) => ({ path: field.field.slice(prefix.length), message: field.message }));
  if (typeof error.body.field === 'string') refused.push({ path: error.body.field, message: error.message });
  const values = form.getValues();
  let first = true;
  for (const { path, message } of refused) {
    if (!isFieldOf(values, path)) continue;
    form.setError(path, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
}

/** A path the server named is one of this form's fields when the form holds a value there. */
function isFieldOf<TInput extends FieldValues>(values: TInput, path: string): path is FieldPath<TInput> {
  return get(values, path) !== undefined;
}
