import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionLimits } from '../auth/sessionStore.js';
import { fhirClientByClientId } from '../data/fhirClients.js';
import { tokenVerifier } from './bearerTokens.js';
import type { FhirOAuthConfig } from './oauthConfig.js';
import { FhirError, said } from './outcome.js';
import { staffActor, type FhirActor } from './requestContext.js';
import { scopesAllow, type ScopePermission } from './scopes.js';

/** The challenge sent with every 401 and with a 403 for a scope (RFC 6750, section 3). */
export function bearerChallenge(error?: 'invalid_token' | 'insufficient_scope'): Record<string, string> {
  return { 'www-authenticate': `Bearer realm="samplan-fhir"${error ? `, error="${error}"` : ''}` };
}

function notAuthenticated(): FhirError {
  return new FhirError(401, 'login', said('notSignedIn'), bearerChallenge());
}

function invalidToken(): FhirError {
  return new FhirError(401, 'login', said('invalidToken'), bearerChallenge('invalid_token'));
}

const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/;

/**
 * Who a FHIR request acts as (decision 0038): with an `Authorization: Bearer` header, the registered system client
 * its token names, acting for the unit it is bound to; without one, the staff user of the session cookie. Anything
 * short of that is refused with 401 before the address is even looked at, and nothing is logged.
 */
export function authenticator(
  db: Kysely<DB>,
  limits: SessionLimits,
  oauth: FhirOAuthConfig | null,
): (request: FastifyRequest) => Promise<FhirActor> {
  const verify = oauth ? tokenVerifier(oauth) : null;
  return async (request) => {
    const header = request.headers.authorization;
    if (header === undefined) {
      const staff = await staffActor(db, request, limits);
      if (!staff) throw notAuthenticated();
      return staff;
    }
    const token = BEARER.exec(header)?.[1];
    if (!token || !verify) throw invalidToken();
    const claims = await verify(token);
    if ('refused' in claims) {
      if (claims.refused === 'invalid') throw invalidToken();
      request.log.warn('FHIR token keys could not be fetched from FHIR_OAUTH_JWKS_URI');
      throw new FhirError(503, 'transient', said('keysUnavailable'));
    }
    const client = await fhirClientByClientId(db, claims.clientId);
    // An unknown client and a disabled one are answered alike: the token is not good here.
    if (!client || client.disabledAt !== null) throw invalidToken();
    return {
      kind: 'fhir_client',
      clientName: client.name,
      tokenScopes: claims.scopes,
      grantedScopes: client.scopes,
      // Nothing in the token can widen what the client sees: the unit and the role come from its registration.
      actor: { userId: client.id, unitId: client.unitId, role: 'staff', clientAddress: request.ip },
    };
  };
}

/**
 * A system client may do only what a scope both its token and its registration carry allows; a staff session
 * is not scoped, its role and unit decide. Refused with 403 and `insufficient_scope`, before anything is read.
 */
export function requireScope(who: FhirActor, type: string, permission: ScopePermission): void {
  if (who.kind !== 'fhir_client') return;
  if (scopesAllow(who.tokenScopes, who.grantedScopes, type, permission)) return;
  throw new FhirError(
    403,
    'forbidden',
    said('insufficientScope', { scope: `system/${type}.${permission}` }),
    bearerChallenge('insufficient_scope'),
  );
}
