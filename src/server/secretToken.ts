import { createHash, randomBytes } from 'node:crypto';

/**
 * A bearer secret: whoever holds it may use it (a session cookie, a feedback link). 32 random bytes cannot be
 * guessed, so the secret alone is enough.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret: its SHA-256, so neither a database reader nor a backup holds a live one. */
export function secretHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
