import type { FastifyReply } from 'fastify';
import { csrfTokenFor } from '../auth/csrf.js';

/**
 * The individual's side has a session cookie of its own, sent by the browser only to /api/person: it never reaches
 * a staff route, and the staff session cookie is never read here (decision 0035).
 */
export const personSessionCookie = 'samplan_person';
export const personSessionPath = '/api/person';
/**
 * Its CSRF token, derived from the session token as for staff. Path / because the pages under /mina must read it
 * to echo it, and a browser shows a script only the cookies of its page's path.
 */
export const personCsrfCookie = 'samplan_person_csrf';

export function setPersonSessionCookies(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  const common = { sameSite: 'lax', secure, expires: session.expiresAt } as const;
  reply.setCookie(personSessionCookie, session.token, { ...common, path: personSessionPath, httpOnly: true });
  setPersonCsrfCookie(reply, session, secure);
}

export function setPersonCsrfCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  reply.setCookie(personCsrfCookie, csrfTokenFor(session.token), {
    path: '/',
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
    httpOnly: false,
  });
}

export function clearPersonSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(personSessionCookie, { path: personSessionPath });
  reply.clearCookie(personCsrfCookie, { path: '/' });
}
