import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { markRefusal } from './markRefusal.js';

/**
 * Sends a form kept by react-hook-form once its schema finds nothing wrong. `incomplete` says the form's own
 * check found something, so the form shows its summary rather than the server's last refusal; a refusal's field
 * errors are put on the fields it names, the first taking the focus.
 */
export function useFormSubmit<TInput extends FieldValues, TBody>(
  form: UseFormReturn<TInput, unknown, TBody>,
  send: (body: TBody) => Promise<unknown>,
  /** Where the form's fields sit in the request, e.g. `body.` or `body.content.` for the plan. */
  prefix = 'body.',
) {
  const [incomplete, setIncomplete] = useState(false);
  const submit = form.handleSubmit(
    async (body) => {
      setIncomplete(false);
      try {
        await send(body);
      } catch (error) {
        markRefusal(form, error, prefix);
      }
    },
    () => setIncomplete(true),
  );
  return { submit, incomplete };
}
