import { roles, type Role } from '../../shared/api/vocabulary.js';

/**
 * Single sign-on by OpenID Connect, as a county connects its staff identity provider. Read from the environment;
 * absent (no OIDC_ISSUER) means sign-in by local password only.
 */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  /** Null for a public client, which then relies on PKCE alone. */
  clientSecret: string | null;
  /**
   * Where the provider sends the browser back, exactly as registered there. Null derives it from the address the
   * browser used (behind a proxy, with TRUST_PROXY set): the provider still refuses any address not registered.
   */
  redirectUri: string | null;
  scopes: string;
  /** What the sign-in button calls the provider, e.g. "SITHS-kort" or "Region Sörmarks inloggning". */
  label: string;
  /** The claim that holds the user's commissions: which units (by HSA id), in which role. */
  commissionsClaim: string;
  /** The claim that becomes the username shown in Samplan; `sub` when the token does not carry it. */
  usernameClaim: string;
  /** The provider's role names mapped to Samplan's, e.g. Verksamhetschef → unit_manager. */
  roleMap: ReadonlyMap<string, Role>;
}

// Only a provider on this machine may be reached over plain http: anywhere else tokens would cross the network
// unencrypted.
export const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The provider's address from the variable `name`: https, or plain http only on this machine. */
export function issuerUrl(value: string, name = 'OIDC_ISSUER'): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be a URL, e.g. https://idp.example.se/oidc`);
  }
  const loopback = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback)
    throw new Error(`${name} must use https (plain http only for a provider on 127.0.0.1 or localhost)`);
  return url;
}

function redirectUri(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  try {
    return new URL(text).href;
  } catch {
    throw new Error('OIDC_REDIRECT_URI must be a URL ending in /api/auth/oidc/callback');
  }
}

/** "Verksamhetschef=unit_manager, SIP-administratör=organisation_admin" → a map; Samplan's own names need none. */
export function parseRoleMap(value: string | undefined): ReadonlyMap<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of (value ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const [from, to, extra] = pair.split('=').map((part) => part.trim());
    if (!from || !to || extra !== undefined)
      throw new Error(`OIDC_ROLE_MAP: "${pair.trim()}" is not of the form providerRole=samplanRole`);
    if (!(roles as readonly string[]).includes(to))
      throw new Error(`OIDC_ROLE_MAP: "${to}" is not a Samplan role (${roles.join(', ')})`);
    map.set(from, to as Role);
  }
  return map;
}

export function readOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
  const scopes = env.OIDC_SCOPES?.trim() || 'openid profile email';
  if (!scopes.split(/\s+/).includes('openid')) throw new Error('OIDC_SCOPES must include openid');
  return {
    issuer: issuerUrl(issuer),
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || null,
    redirectUri: redirectUri(env.OIDC_REDIRECT_URI),
    scopes,
    label: env.OIDC_LABEL?.trim() || 'e-tjänstekort',
    commissionsClaim: env.OIDC_COMMISSIONS_CLAIM?.trim() || 'commissions',
    usernameClaim: env.OIDC_USERNAME_CLAIM?.trim() || 'preferred_username',
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
  };
}
