import type { FastifyReply } from 'fastify';
import { csrfCookie, csrfTokenFor } from './csrf.js';

export const sessionCookie = 'samplan_session';

/**
 * The session cookie is HttpOnly so no script can read it; the CSRF cookie is not, because the web app must
 * read it to echo it. Both are SameSite=Lax, Secure unless COOKIE_SECURE=false, and end with the session.
 */
export function setSessionCookies(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  const common = { path: '/', sameSite: 'lax', secure, expires: session.expiresAt } as const;
  reply.setCookie(sessionCookie, session.token, { ...common, httpOnly: true });
  setCsrfCookie(reply, session, secure);
}

export function setCsrfCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  reply.setCookie(csrfCookie, csrfTokenFor(session.token), {
    path: '/',
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
    httpOnly: false,
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
  reply.clearCookie(csrfCookie, { path: '/' });
}
