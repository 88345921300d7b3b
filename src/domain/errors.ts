/**
 * Errors raised by the domain rules. Each carries a stable code and a message in Swedish and English, so the
 * server can answer the user in their language without knowing the rule that refused them.
 */
export interface LocalisedText {
  sv: string;
  en: string;
}

/**
 * How a refusal maps onto HTTP: a state conflict (409), a rule not met (422), nothing to find (404), not allowed
 * (403), or not signed in (401).
 */
export type RefusalKind = 'conflict' | 'unprocessable' | 'not_found' | 'forbidden' | 'unauthenticated';

export class DomainError extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    readonly text: LocalisedText,
    readonly details: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}

export function conflict(code: string, text: LocalisedText, details?: Record<string, unknown>): DomainError {
  return new DomainError('conflict', code, text, details);
}

export function unprocessable(
  code: string,
  text: LocalisedText,
  details?: Record<string, unknown>,
): DomainError {
  return new DomainError('unprocessable', code, text, details);
}

export function notFound(what: LocalisedText): DomainError {
  return new DomainError('not_found', 'not_found', {
    sv: `${what.sv} finns inte eller så saknar du behörighet.`,
    en: `${what.en} does not exist or you have no access to it.`,
  });
}
