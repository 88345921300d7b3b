import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionLimits } from '../auth/sessionStore.js';
import { FhirError, said } from './outcome.js';
import { staffActor, type FhirActor } from './requestContext.js';

/** The challenge sent with every 401 and 403 of a request that could use a bearer token (RFC 6750). */
export function bearerChallenge(error?: 'invalid_token' | 'insufficient_scope'): Record<string, string> {
  return { 'www-authenticate': `Bearer realm="samplan-fhir"${error ? `, error="${error}"` : ''}` };
}

export function notAuthenticated(): FhirError {
  return new FhirError(401, 'login', said('notSignedIn'), bearerChallenge());
}

/**
 * Who the request acts as: the staff user of its session. A request without one is refused with 401 before its
 * address is even looked at, so nothing of the API but the CapabilityStatement answers to a stranger.
 */
export async function authenticate(
  db: Kysely<DB>,
  request: FastifyRequest,
  limits: SessionLimits,
): Promise<FhirActor> {
  const staff = await staffActor(db, request, limits);
  if (!staff) throw notAuthenticated();
  return staff;
}
