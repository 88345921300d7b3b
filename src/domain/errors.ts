import { bothLanguages } from '../shared/words/bothLanguages.js';
import { fill } from '../shared/words/fill.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';

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

const problemWords = { sv: problemsSv, en: problemsEn };

/** Something a refusal names, as the subject of its sentence ("SIP:en", "The SIP"). */
export function thing(name: keyof typeof problemsSv.thing): LocalisedText {
  return bothLanguages(problemWords, (said) => said.thing[name]);
}

/** Something the caller cannot see: missing and not allowed are answered alike. */
export function notFound(what: LocalisedText): DomainError {
  return new DomainError(
    'not_found',
    'not_found',
    bothLanguages(problemWords, (said, language) => fill(said.notFound, { thing: what[language] })),
  );
}
