import { ApiError } from '../../api/client.js';

/**
 * The server's message for one field, by its path in the request (e.g. `body.need.description`). A domain refusal
 * names its field in the problem body without the request part (`field: 'person.idNumber'`); `aliases` adds
 * other names that mean the same field.
 */
export function serverFieldError(
  error: unknown,
  path: string,
  aliases: readonly string[] = [],
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const match = error.fieldErrors.find((item) => item.field === path || item.field.startsWith(`${path}.`));
  if (match) return match.message;
  const named = error.body.field;
  if (typeof named === 'string' && (named === path || `body.${named}` === path || aliases.includes(named))) {
    return error.message;
  }
  return undefined;
}

/**
 * Whether every field the server found fault with is one the form shows (by their paths in the body), so the
 * messages at the fields say it all and a general error would only repeat them in the API's terms.
 */
export function onlyShownFieldErrors(error: unknown, shownPaths: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const named = typeof error.body.field === 'string' ? [`body.${error.body.field}`] : [];
  const fields = [...error.fieldErrors.map((item) => item.field), ...named];
  return (
    fields.length > 0 &&
    fields.every((field) =>
      shownPaths.some((path) => field === `body.${path}` || field.startsWith(`body.${path}.`)),
    )
  );
}
