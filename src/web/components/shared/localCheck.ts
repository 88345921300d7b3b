import { ApiError } from '../../api/client.js';

/**
 * A refusal made in the browser, shaped like the server's, for choices the user has not made yet: the same
 * field marking and summary then apply, and nothing half-chosen is sent.
 */
export function checkChoices(
  missing: [path: string, isMissing: boolean, message?: string][],
  texts: { summary: string; choose: string },
): ApiError | null {
  const fields = missing.filter(([, isMissing]) => isMissing);
  if (fields.length === 0) return null;
  return new ApiError(
    422,
    'incomplete',
    texts.summary,
    fields.map(([path, , message]) => ({ field: `body.${path}`, message: message ?? texts.choose })),
  );
}
