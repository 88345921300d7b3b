import { roles, type Role } from '../../shared/api/vocabulary.js';
import { refused } from '../configuration/refusals.js';
import { secureAddress, settingsArea, text, variable, type Reader } from '../configuration/variables.js';

/**
 * Single sign-on by OpenID Connect, as a county connects its staff identity provider. Read from the environment
 * (`oidcSettings`); absent (no OIDC_ISSUER) means sign-in by local password only.
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

/** Scopes to ask for, which must include openid. */
export const scopes: Reader<string> = (value) =>
  value.split(/\s+/).includes('openid') ? value : refused.includesOpenid();

/** "Verksamhetschef=unit_manager, SIP-administratör=organisation_admin" → a map; Samplan's own names need none. */
const roleMap: Reader<ReadonlyMap<string, Role>> = (value) => {
  const map = new Map<string, Role>();
  for (const pair of value.split(',')) {
    if (pair.trim() === '') continue;
    const [from, to, extra] = pair.split('=').map((part) => part.trim());
    if (!from || !to || extra !== undefined) return refused.roleMapEntry({ entry: pair.trim() });
    if (!(roles as readonly string[]).includes(to))
      return refused.unknownRole({ role: to, roles: roles.join(', ') });
    map.set(from, to as Role);
  }
  return map;
};

/** Where the provider sends the browser back; the provider itself refuses any address not registered there. */
export const redirectUri =
  (path: string): Reader<string> =>
  (value) =>
    URL.canParse(value)
      ? new URL(value).href
      : refused.address({ example: `https://samplan.region.se${path}` });

export const oidcSettings = settingsArea(
  {
    OIDC_ISSUER: variable(secureAddress('https://idp.example.se/oidc'), null),
    OIDC_CLIENT_ID: variable(text, null),
    OIDC_CLIENT_SECRET: variable(text, null, { secret: 'value' }),
    OIDC_REDIRECT_URI: variable(redirectUri('/api/auth/oidc/callback'), null),
    OIDC_SCOPES: variable(scopes, 'openid profile email'),
    OIDC_LABEL: variable(text, 'e-tjänstekort'),
    OIDC_COMMISSIONS_CLAIM: variable(text, 'commissions'),
    OIDC_USERNAME_CLAIM: variable(text, 'preferred_username'),
    OIDC_ROLE_MAP: variable(roleMap, new Map<string, Role>(), { fallback: null }),
  },
  (values, refuse): OidcConfig | null => {
    if (!values.OIDC_ISSUER) return null;
    if (!values.OIDC_CLIENT_ID)
      return refuse('OIDC_CLIENT_ID', refused.requiredWith({ other: 'OIDC_ISSUER' }));
    return {
      issuer: values.OIDC_ISSUER,
      clientId: values.OIDC_CLIENT_ID,
      clientSecret: values.OIDC_CLIENT_SECRET,
      redirectUri: values.OIDC_REDIRECT_URI,
      scopes: values.OIDC_SCOPES,
      label: values.OIDC_LABEL,
      commissionsClaim: values.OIDC_COMMISSIONS_CLAIM,
      usernameClaim: values.OIDC_USERNAME_CLAIM,
      roleMap: values.OIDC_ROLE_MAP,
    };
  },
);
