import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { CaseStanding } from '../access/caseStanding.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../sips/actor.js';
import type { Config } from '../config.js';
import { csrfCookie, csrfHeader, csrfTokenFor, csrfTokenMatches, invalidCsrfToken } from './csrf.js';
import { clearSessionCookies, sessionCookie, setCsrfCookie } from './sessionCookies.js';
import { findSession, type SessionUser } from './sessionStore.js';
import { authenticatePerson } from '../eId/personAccess.js';
import { personSessionPath } from '../eId/personCookies.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { signInRefusalsEn } from '../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

export { sessionCookie };

/**
 * Who may call a route. Every API route declares one; a route without it is refused at start-up, so no route
 * can be open by omission. `public`: anyone; `user`: signed in; `actingUser`: signed in and acting for a unit;
 * `person`: signed in with e-ID on the individual's side (only under /api/person, with its own session).
 */
export type RouteAccess = 'public' | 'user' | 'actingUser' | 'person';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    /** On a case's address, the acting unit's standing in the case, read with the session. */
    caseStanding: CaseStanding | null;
  }
}

export function notSignedIn(): DomainError {
  return new DomainError(
    'unauthenticated',
    'not_signed_in',
    bothLanguages(words, (said) => said.notSignedIn),
  );
}

export function sessionExpired(): DomainError {
  return new DomainError(
    'unauthenticated',
    'session_expired',
    bothLanguages(words, (said) => said.sessionExpired),
  );
}

/** The user of a route declared `actingUser`, with the unit they act for. */
export function actor(request: FastifyRequest): SessionUser & { activeUnitId: string } {
  const user = request.user;
  if (!user?.activeUnitId) throw notSignedIn();
  return user as SessionUser & { activeUnitId: string };
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const uuid = z.uuid();

/** The case a request on a case's address names, when the id is well-formed (validation names it otherwise). */
function caseOfRequest(request: FastifyRequest): string | null {
  if (!request.routeOptions.config.policy?.startsWith('case:')) return null;
  const id = (request.params as { id?: unknown }).id;
  return uuid.safeParse(id).success ? (id as string) : null;
}

export function registerAccess(
  app: FastifyInstance,
  db: Kysely<DB>,
  config: Pick<
    Config,
    | 'sessionHours'
    | 'sessionIdleMinutes'
    | 'cookieSecure'
    | 'personSessionMinutes'
    | 'personSessionIdleMinutes'
  >,
): void {
  const limits = { absoluteHours: config.sessionHours, idleMinutes: config.sessionIdleMinutes };
  app.decorateRequest('user', null);
  app.decorateRequest('caseStanding', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.method === 'HEAD') return;
    if (!route.config?.access)
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    // The two sides never mix: the person's session is sent only under its path, and nothing there takes staff's.
    const personSide = route.url.startsWith(`${personSessionPath}/`);
    const access = route.config.access;
    if (personSide ? access !== 'person' && access !== 'public' : access === 'person')
      throw new Error(`Route ${String(route.method)} ${route.url} mixes the individual's side with staff's`);
  });

  app.addHook('onRequest', async (request, reply) => {
    // A browser marks requests made by another site; state changes from there are never the user's intent.
    if (stateChanging.has(request.method) && request.headers['sec-fetch-site'] === 'cross-site') {
      throw new DomainError(
        'forbidden',
        'cross_site_request',
        bothLanguages(words, (said) => said.crossSiteRequest),
      );
    }
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    if (access === 'person') return authenticatePerson(db, request, reply, config);
    const token = request.cookies[sessionCookie];
    if (!token) throw notSignedIn();
    const session = await findSession(db, token, limits, { caseId: caseOfRequest(request) });
    if (session.status !== 'active') {
      clearSessionCookies(reply);
      throw session.status === 'expired' ? sessionExpired() : notSignedIn();
    }
    const user = session.user;
    request.user = user;
    request.caseStanding = session.caseStanding;
    // The one CSRF check for every state change made with a session. Public routes have no session to bind a
    // token to; the only state-changing one, sign-in, relies on JSON-only bodies, Sec-Fetch-Site and SameSite.
    const csrfToken = csrfTokenFor(token);
    // A session from before CSRF tokens, or a browser that lost the cookie, gets it back on its next request.
    if (request.cookies[csrfCookie] !== csrfToken) {
      setCsrfCookie(reply, { token, expiresAt: session.expiresAt }, config.cookieSecure);
    }
    if (stateChanging.has(request.method) && !csrfTokenMatches(csrfToken, request.headers[csrfHeader])) {
      throw invalidCsrfToken();
    }
    if (access === 'actingUser' && !user.activeUnitId) {
      throw new DomainError(
        'unprocessable',
        'no_active_unit',
        bothLanguages(words, (said) => said.noActiveUnit),
      );
    }
  });
}

/** The acting user as the case steps see them: the user, the unit they act for, and their role there. */
export function actingAs(request: FastifyRequest): Actor {
  const user = actor(request);
  const commission = user.units.find((unit) => unit.unitId === user.activeUnitId);
  if (!commission) throw notSignedIn();
  return { userId: user.id, unitId: user.activeUnitId, role: commission.role, clientAddress: request.ip };
}
