import type { AccessLogFilter } from '../../../shared/api/accessLog.js';
import { accessLogFilterKeys, type AccessLogChoiceKind } from '../../../shared/api/accessLogFields.js';

/**
 * Why the log was read, for the log itself: the review and its filters. Filters are a case number, ids, dates and
 * codes only, so the reason never holds a name or an identity number.
 */
export function reviewReason(filter: Partial<AccessLogFilter>): string {
  const parts = accessLogFilterKeys
    .filter((key) => filter[key] !== undefined)
    .map((key) => `${key}=${String(filter[key])}`);
  return parts.length > 0
    ? `Granskning av åtkomstloggen: ${parts.join(', ')}`
    : 'Granskning av åtkomstloggen';
}

/** A look-up of users or units by name: which kind, not what was typed, which may be anything. */
export function choicesReason(kind: AccessLogChoiceKind): string {
  return `Granskning av åtkomstloggen: sökning bland ${kind === 'user' ? 'användare' : 'enheter'}`;
}
