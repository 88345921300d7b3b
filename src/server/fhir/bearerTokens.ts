import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { FhirOAuthConfig } from './oauthConfig.js';

/** Asymmetric algorithms only: never `none`, and never HMAC, whose key the OAuth server would have to share. */
export const tokenAlgorithms = ['RS256', 'PS256', 'ES256'];

/** How far the OAuth server's clock and Samplan's may disagree about `exp` and `nbf`. */
const clockToleranceSeconds = 60;

/** What a verified token says of its client: who it is, by which claim, and the scopes it carries. */
export interface TokenClaims {
  clientId: string;
  scopes: string[];
}

/** Why a token was not taken: it is not valid (401), or the keys could not be fetched to tell (503). */
export type TokenRefusal = { refused: 'invalid' } | { refused: 'keys_unavailable' };

/** The client the token names: `client_id` (RFC 9068), else `azp`, else `sub`, as OAuth servers differ. */
function clientOf(payload: JWTPayload): string | null {
  for (const claim of ['client_id', 'azp', 'sub'] as const) {
    const value = payload[claim];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

/** The token's scopes: `scope`, space-separated (RFC 9068, SMART), or `scp` as a list, as some servers write. */
function scopesOf(payload: JWTPayload): string[] {
  if (typeof payload.scope === 'string') return payload.scope.split(' ').filter((scope) => scope !== '');
  const listed = payload.scp;
  return Array.isArray(listed) ? listed.filter((scope): scope is string => typeof scope === 'string') : [];
}

/**
 * A verifier of the county's access tokens: the signature against its JWK Set (fetched when first needed, kept,
 * and fetched again for an unknown key id no more often than jose's cooldown allows), the issuer, the audience,
 * an expiry that must be there and not be past.
 */
export function tokenVerifier(config: FhirOAuthConfig) {
  const keys = createRemoteJWKSet(config.jwksUri, { timeoutDuration: 5_000 });
  return async (token: string): Promise<TokenClaims | TokenRefusal> => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: tokenAlgorithms,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError))
        return { refused: 'keys_unavailable' };
      // A JWK Set that cannot be read is the OAuth server's fault, not the client's.
      if (error instanceof errors.JWKSInvalid) return { refused: 'keys_unavailable' };
      return { refused: 'invalid' };
    }
    const clientId = clientOf(payload);
    if (clientId === null) return { refused: 'invalid' };
    return { clientId, scopes: scopesOf(payload) };
  };
}

export type TokenVerifier = ReturnType<typeof tokenVerifier>;
