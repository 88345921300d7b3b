import { refused } from '../configuration/refusals.js';
import { secureAddress, settingsArea, text, variable } from '../configuration/variables.js';

/**
 * Bearer tokens for the FHIR API's system clients (decision 0038): JWT access tokens from the county's OAuth
 * server, verified against its published keys. All three settings or none; without them only a staff session
 * reaches /fhir/R4.
 */
export interface FhirOAuthConfig {
  /** The tokens' `iss`, exactly as the OAuth server writes it. */
  issuer: string;
  /** Where the OAuth server publishes its signing keys (a JWK Set). */
  jwksUri: URL;
  /** The tokens' `aud` that names this Samplan. */
  audience: string;
}

const variables = {
  FHIR_OAUTH_ISSUER: variable(text, null),
  // Keys fetched over plain HTTP could be swapped on the way; only a loopback address may do without TLS.
  FHIR_OAUTH_JWKS_URI: variable(secureAddress('https://oauth.region.se/jwks'), null),
  FHIR_OAUTH_AUDIENCE: variable(text, null),
};

export const fhirOAuthSettings = settingsArea(variables, (values, refuse): FhirOAuthConfig | null => {
  const { FHIR_OAUTH_ISSUER: issuer, FHIR_OAUTH_JWKS_URI: jwksUri, FHIR_OAUTH_AUDIENCE: audience } = values;
  if (issuer && jwksUri && audience) return { issuer, jwksUri, audience };
  const names = Object.keys(variables) as (keyof typeof variables)[];
  // Half a configuration must stop the start rather than run without token checks the county expects.
  const missing = names.find((name) => values[name] === null);
  if (missing && names.some((name) => values[name] !== null))
    return refuse(missing, refused.allOrNone({ names: names.join(', ') }));
  return null;
});
