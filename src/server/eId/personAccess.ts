import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { personRefusalsEn } from '../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../shared/words/personRefusals.sv.js';
import { csrfHeader, csrfTokenFor, csrfTokenMatches, invalidCsrfToken } from '../auth/csrf.js';
import type { Config } from '../config.js';
import { sendProblem } from '../problem.js';
import {
  clearPersonSessionCookies,
  personCsrfCookie,
  personSessionCookie,
  personSessionPath,
  setPersonCsrfCookie,
} from './personCookies.js';
import { findPersonSession, type SignedInPerson } from './personSessions.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };

declare module 'fastify' {
  interface FastifyRequest {
    /** On the individual's side, the person signed in with e-ID. */
    person: SignedInPerson | null;
  }
}

export function personNotSignedIn(): DomainError {
  return new DomainError(
    'unauthenticated',
    'not_signed_in',
    bothLanguages(words, (said) => said.notSignedIn),
  );
}

/** The person of a route declared `person`. */
export function signedInPerson(request: FastifyRequest): SignedInPerson {
  if (!request.person) throw personNotSignedIn();
  return request.person;
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The person's session of a route declared `person`: read from the individual's side's own cookie only — the staff
 * cookie is never looked at here, as the staff reader never looks at this one — with the same CSRF check as staff.
 */
export async function authenticatePerson(
  db: Kysely<DB>,
  request: FastifyRequest,
  reply: FastifyReply,
  config: Pick<Config, 'personSessionMinutes' | 'personSessionIdleMinutes' | 'cookieSecure'>,
): Promise<void> {
  const token = request.cookies[personSessionCookie];
  if (!token) throw personNotSignedIn();
  const session = await findPersonSession(db, token, {
    minutes: config.personSessionMinutes,
    idleMinutes: config.personSessionIdleMinutes,
  });
  if (session.status !== 'active') {
    clearPersonSessionCookies(reply);
    throw session.status === 'expired'
      ? new DomainError(
          'unauthenticated',
          'session_expired',
          bothLanguages(words, (said) => said.sessionExpired),
        )
      : personNotSignedIn();
  }
  request.person = session.person;
  const csrfToken = csrfTokenFor(token);
  if (request.cookies[personCsrfCookie] !== csrfToken)
    setPersonCsrfCookie(reply, { token, expiresAt: session.expiresAt }, config.cookieSecure);
  if (stateChanging.has(request.method) && !csrfTokenMatches(csrfToken, request.headers[csrfHeader]))
    throw invalidCsrfToken();
}

/** The individual's pages and their API: public to anyone on the internet, so each address is limited. */
function onPersonSide(url: string): boolean {
  // The query is not part of the path: /mina?sign_in_error=… is the sign-in page too.
  const path = url.split('?', 1)[0]!;
  return path.startsWith(`${personSessionPath}/`) || path === '/mina' || path.startsWith('/mina/');
}

/**
 * Limits every request to the individual's side per client address (in memory, so per instance), before any
 * database work: the side faces the public, where staff routes face the county's own staff.
 */
export function registerPersonSideLimits(app: FastifyInstance, perMinute: number): void {
  app.decorateRequest('person', null);
  const limit = app.createRateLimit({ max: perMinute, timeWindow: 60_000 });
  app.addHook('onRequest', async (request, reply) => {
    if (!onPersonSide(request.url)) return;
    const answer = await limit(request);
    if (answer.isAllowed || !answer.isExceeded) return;
    reply.header('retry-after', String(answer.ttlInSeconds));
    const text = bothLanguages(words, (said) => fill(said.rateLimited, { seconds: answer.ttlInSeconds }));
    return sendProblem(request, reply, 429, 'rate_limited', text);
  });
}
