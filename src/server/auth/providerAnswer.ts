import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OidcClient, PendingSignIn, SignInClaims } from './oidcClient.js';

/** Where a sign-in under way keeps its state in the browser: a cookie sent only to that side's sign-in routes. */
export interface StateCookie {
  name: string;
  path: string;
}

/**
 * Keeps the state of a sign-in under way in its own cookie, so the provider's answer is accepted only in the
 * browser that started it: nobody can sign a victim in to the attacker's account with a link. Lax, so the cookie
 * comes along when the provider sends the browser back with a top-level navigation.
 */
export function setStateCookie(
  reply: FastifyReply,
  cookie: StateCookie,
  state: string,
  expiresAt: Date,
  secure: boolean,
): void {
  reply.setCookie(cookie.name, state, {
    path: cookie.path,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export type ProviderAnswer<Pending extends PendingSignIn> =
  | { ok: true; claims: SignInClaims; pending: Pending }
  | { ok: false; reason: 'expired' | 'cancelled' | 'failed' };

/**
 * The provider's answer at the callback, as staff sign-in and e-ID sign-in both check it: only for this browser's
 * own sign-in (state cookie), only once (`take` removes the pending sign-in), then the code exchanged and the ID
 * token checked by openid-client (PKCE, nonce, signature). What failed is logged in the library's words, which
 * name the check and never the person.
 */
export async function providerAnswer<Pending extends PendingSignIn>(
  request: FastifyRequest,
  client: OidcClient,
  {
    query,
    cookie,
    take,
    redirectUri,
  }: {
    query: Record<string, string>;
    cookie: StateCookie;
    take: (state: string) => Promise<Pending | null>;
    redirectUri: string;
  },
): Promise<ProviderAnswer<Pending>> {
  const state = request.cookies[cookie.name];
  // An answer without our cookie, or for another sign-in, is not this browser's: it is not looked at further.
  if (!state || query.state !== state) return { ok: false, reason: 'expired' };
  const pending = await take(state);
  if (!pending) return { ok: false, reason: 'expired' };
  if (query.error) return { ok: false, reason: query.error === 'access_denied' ? 'cancelled' : 'failed' };
  const callbackUrl = new URL(redirectUri);
  callbackUrl.search = new URLSearchParams(query).toString();
  try {
    return { ok: true, claims: await client.complete(callbackUrl, pending), pending };
  } catch (error) {
    request.log.warn({ err: error }, 'sign-in answer refused');
    return { ok: false, reason: 'failed' };
  }
}
