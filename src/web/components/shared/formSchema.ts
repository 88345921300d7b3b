import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { get, set, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { en, sv } from 'zod/locales';
import { languageOf } from '../../i18n/language.js';

/** A field's own words by its path in the body, e.g. “Välj minst en verksamhet.” when it is still empty. */
export type FieldMessages = Partial<Record<string, string>>;

const locales = { sv: sv().localeError, en: en().localeError };

function isEmpty(input: unknown): boolean {
  return (
    input === undefined || input === null || input === '' || (Array.isArray(input) && input.length === 0)
  );
}

/**
 * The resolver of a form that sends `schema`'s body: the server's own schema checks the form before anything is
 * sent, so the browser refuses exactly what the server would. What is still empty is asked for in the form's
 * words (“Fyll i det här.”, “Gör ett val här.” for a choice); anything else is said in zod's words in the
 * user's language, as the server says them. A check that names what is wrong only by a key of its own (the phone
 * number's `phone`) is said in the form's words for the field in `invalid`, when the field is not empty.
 */
export function useSchemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  messages: FieldMessages = {},
  invalid: FieldMessages = {},
): Resolver<Input, unknown, Output> {
  const { t, i18n } = useTranslation();
  const localeError = locales[languageOf(i18n.language)];
  const resolve = zodResolver(schema, {
    error: (issue) => {
      if (isEmpty(issue.input)) {
        // A field's own words ask for it; a text too long is said in zod's words, not asked for again.
        const own = messages[issue.path?.join('.') ?? ''];
        if (own !== undefined) return own;
        return issue.code === 'invalid_value' || issue.code === 'invalid_type'
          ? t('case.form.choose')
          : t('case.form.fillIn');
      }
      return localeError(issue);
    },
  });
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    for (const [path, message] of Object.entries(invalid)) {
      // The key is the check's own message, which zod puts before any error map, so it is replaced here.
      if (message !== undefined && get(result.errors, path) && !isEmpty(get(values, path)))
        set(result.errors, `${path}.message`, message);
    }
    return result;
  };
}
