import { createHash, randomBytes } from 'node:crypto';

/** How long a feedback link stays open: long enough to answer at home after the meeting, not forever. */
export const feedbackLinkDays = 30;

/** A new random token; 32 bytes cannot be guessed, so the token alone may open the form. */
export function newFeedbackToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so neither a database reader nor a backup can open a form. */
export function hashFeedbackToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
