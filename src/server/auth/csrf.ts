import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { signInRefusalsEn } from '../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

/** Readable by the web app's script (not HttpOnly), which echoes it in `csrfHeader` on every state change. */
export const csrfCookie = 'samplan_csrf';
export const csrfHeader = 'x-csrf-token';

/**
 * The CSRF token of a session, derived from the session's secret token rather than stored: it is bound to the
 * session (a token planted from elsewhere does not fit), needs no column, and does not reveal the session token.
 * Another site can neither read our cookie nor set the header on a cross-site request, so a request carrying
 * it was made by our own page.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('samplan-csrf-v1').digest('base64url');
}

export function csrfTokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  // Compared in constant time, so the answer's timing does not give the token away byte by byte.
  return a.length === b.length && timingSafeEqual(a, b);
}

export function invalidCsrfToken(): DomainError {
  return new DomainError(
    'forbidden',
    'csrf_token_invalid',
    bothLanguages(words, (said) => said.csrfTokenInvalid),
  );
}
