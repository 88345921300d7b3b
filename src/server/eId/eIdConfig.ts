import { redirectUri, scopes } from '../auth/oidcConfig.js';
import { Refused, refused } from '../configuration/refusals.js';
import { secureAddress, settingsArea, text, variable, type Reader } from '../configuration/variables.js';

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

/** Where the broker sends the browser back: the callback of the individual's side, nothing else. */
const callbackAddress: Reader<string> = (value) => {
  const href = redirectUri(eIdCallbackPath)(value);
  if (href instanceof Refused || new URL(href).pathname.endsWith(eIdCallbackPath)) return href;
  return refused.endsIn({ path: eIdCallbackPath });
};

/** "BankID=urn:…:bankid, Freja eID=urn:…:freja" → the methods, each with a key made from its label. */
const methodList: Reader<EIdMethod[]> = (value) => {
  const methods: EIdMethod[] = [];
  for (const pair of value.split(',')) {
    if (pair.trim() === '') continue;
    const separator = pair.indexOf('=');
    const label = pair.slice(0, separator).trim();
    const acr = pair.slice(separator + 1).trim();
    if (separator < 0 || !label || !acr) return refused.methodEntry({ entry: pair.trim() });
    const key = label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (!key || methods.some((method) => method.key === key)) return refused.methodName({ label });
    methods.push({ key, label, acr });
  }
  return methods;
};

// Without a list the broker offers its own choice, under one button.
const brokersChoice: EIdMethod[] = [{ key: 'e-id', label: 'e-legitimation', acr: '' }];

// The defaults are given when the broker is read, not by the variables: which variables are set tells a broker half
// configured from none at all.
const defaultScopes = 'openid profile';
const defaultIdentityClaim = 'personal_identity_number';

const variables = {
  PUBLIC_OIDC_ISSUER: variable(secureAddress('https://eid.region.se/oidc'), null),
  PUBLIC_OIDC_CLIENT_ID: variable(text, null),
  PUBLIC_OIDC_CLIENT_SECRET: variable(text, null, { secret: 'value' }),
  PUBLIC_OIDC_REDIRECT_URI: variable(callbackAddress, null),
  PUBLIC_OIDC_SCOPES: variable(scopes, null, { fallback: defaultScopes }),
  PUBLIC_OIDC_ACR_VALUES: variable(methodList, null),
  PUBLIC_OIDC_IDENTITY_CLAIM: variable(text, null, { fallback: defaultIdentityClaim }),
};

export const eIdSettings = settingsArea(variables, (values, refuse): EIdConfig | null => {
  if (!values.PUBLIC_OIDC_ISSUER) {
    // A broker half configured must not start as no broker at all: in a seeded demo that would open the demo
    // sign-in instead.
    const stray = (Object.keys(variables) as (keyof typeof variables)[]).find(
      (name) => values[name] !== null,
    );
    if (stray) return refuse('PUBLIC_OIDC_ISSUER', refused.requiredWith({ other: stray }));
    return null;
  }
  if (!values.PUBLIC_OIDC_CLIENT_ID)
    return refuse('PUBLIC_OIDC_CLIENT_ID', refused.requiredWith({ other: 'PUBLIC_OIDC_ISSUER' }));
  return {
    issuer: values.PUBLIC_OIDC_ISSUER,
    clientId: values.PUBLIC_OIDC_CLIENT_ID,
    clientSecret: values.PUBLIC_OIDC_CLIENT_SECRET,
    redirectUri: values.PUBLIC_OIDC_REDIRECT_URI,
    scopes: values.PUBLIC_OIDC_SCOPES ?? defaultScopes,
    methods: values.PUBLIC_OIDC_ACR_VALUES?.length ? values.PUBLIC_OIDC_ACR_VALUES : brokersChoice,
    identityClaim: values.PUBLIC_OIDC_IDENTITY_CLAIM ?? defaultIdentityClaim,
  };
});
