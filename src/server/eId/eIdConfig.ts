import { issuerUrl } from '../auth/oidcConfig.js';

/** One way to sign in with e-ID that the county's broker offers, as the sign-in page shows it. */
export interface EIdMethod {
  /** A short name used in addresses, e.g. "bankid". */
  key: string;
  /** What the button says, e.g. "BankID". */
  label: string;
  /** What the broker is asked for, as `acr_values`. */
  acr: string;
}

/**
 * Sign-in with Swedish e-ID for the individual's side, through the county's e-ID broker (BankID and Freja eID
 * behind an OpenID Connect provider). Separate from staff sign-in (oidcConfig.ts) in every setting; absent (no
 * PUBLIC_OIDC_ISSUER) means no e-ID sign-in, except the demo's.
 */
export interface EIdConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string | null;
  /** Where the broker sends the browser back; null derives it from the address the browser used. */
  redirectUri: string | null;
  scopes: string;
  methods: EIdMethod[];
  /** The claim that holds the personnummer; brokers name it differently. */
  identityClaim: string;
}

export const eIdCallbackPath = '/api/person/auth/callback';

function redirectUri(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_OIDC_REDIRECT_URI must be a URL ending in ${eIdCallbackPath}`);
  }
  if (!url.pathname.endsWith(eIdCallbackPath))
    throw new Error(`PUBLIC_OIDC_REDIRECT_URI must end in ${eIdCallbackPath}`);
  return url.href;
}

/** "BankID=urn:…:bankid, Freja eID=urn:…:freja" → the methods, each with a key made from its label. */
export function parseMethods(value: string | undefined): EIdMethod[] {
  const methods: EIdMethod[] = [];
  for (const pair of (value ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const separator = pair.indexOf('=');
    const label = pair.slice(0, separator).trim();
    const acr = pair.slice(separator + 1).trim();
    if (separator < 0 || !label || !acr)
      throw new Error(`PUBLIC_OIDC_ACR_VALUES: "${pair.trim()}" is not of the form Label=acr`);
    const key = label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (!key || methods.some((method) => method.key === key))
      throw new Error(`PUBLIC_OIDC_ACR_VALUES: "${label}" must be a distinct name`);
    methods.push({ key, label, acr });
  }
  return methods;
}

export function readEIdConfig(env: NodeJS.ProcessEnv): EIdConfig | null {
  const issuer = env.PUBLIC_OIDC_ISSUER?.trim();
  if (!issuer) {
    // A broker half configured must not start as no broker at all: in a seeded demo that would open the demo
    // sign-in instead.
    const stray = Object.keys(env).find((name) => name.startsWith('PUBLIC_OIDC_') && env[name]?.trim());
    if (stray) throw new Error(`PUBLIC_OIDC_ISSUER is required when ${stray} is set`);
    return null;
  }
  const clientId = env.PUBLIC_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('PUBLIC_OIDC_CLIENT_ID is required when PUBLIC_OIDC_ISSUER is set');
  const scopes = env.PUBLIC_OIDC_SCOPES?.trim() || 'openid profile';
  if (!scopes.split(/\s+/).includes('openid')) throw new Error('PUBLIC_OIDC_SCOPES must include openid');
  const methods = parseMethods(env.PUBLIC_OIDC_ACR_VALUES);
  return {
    issuer: issuerUrl(issuer, 'PUBLIC_OIDC_ISSUER'),
    clientId,
    clientSecret: env.PUBLIC_OIDC_CLIENT_SECRET?.trim() || null,
    redirectUri: redirectUri(env.PUBLIC_OIDC_REDIRECT_URI),
    scopes,
    // Without a list the broker offers its own choice, under one button.
    methods: methods.length > 0 ? methods : [{ key: 'e-id', label: 'e-legitimation', acr: '' }],
    identityClaim: env.PUBLIC_OIDC_IDENTITY_CLAIM?.trim() || 'personal_identity_number',
  };
}
