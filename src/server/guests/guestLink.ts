import { newSecretToken, secretHash } from '../secretToken.js';

/**
 * A guest's single-use link: the grant's id and a secret, the secret kept only by its hash. The id lets the
 * redemption say why a link no longer works (used, revoked, run out) once its hash is cleared; the secret is what
 * makes it a link that cannot be guessed. The token rides in the address's fragment (`#…`), which the browser
 * never sends, so it stays out of every server's request log.
 */
export function newGuestLinkToken(guestId: string): { token: string; hash: string } {
  const token = `${guestId}.${newSecretToken()}`;
  return { token, hash: secretHash(token) };
}

const tokenPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{43}$/;

/** The grant a token names, and the hash to check it against; null for anything that is not such a token. */
export function readGuestLinkToken(token: string): { guestId: string; hash: string } | null {
  const match = tokenPattern.exec(token);
  return match?.[1] ? { guestId: match[1], hash: secretHash(token) } : null;
}

/** Where the link leads: a person to their own pages, an organisation's staff to the staff side. */
export function guestLink(publicUrl: string, audience: 'person' | 'unit', token: string): string {
  return `${publicUrl}${audience === 'person' ? '/mina/gast' : '/gast'}#${token}`;
}
