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

const names = ['FHIR_OAUTH_ISSUER', 'FHIR_OAUTH_JWKS_URI', 'FHIR_OAUTH_AUDIENCE'] as const;

/** Keys fetched over plain HTTP could be swapped on the way; only a loopback address may do without TLS. */
function jwksUri(text: string): URL {
  if (!URL.canParse(text)) throw new Error('FHIR_OAUTH_JWKS_URI must be an https address');
  const url = new URL(text);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error('FHIR_OAUTH_JWKS_URI must be an https address');
  return url;
}

export function readFhirOAuthConfig(env: NodeJS.ProcessEnv): FhirOAuthConfig | null {
  const values = names.map((name) => env[name]?.trim() ?? '');
  if (values.every((value) => value === '')) return null;
  // Half a configuration must stop the start rather than run without token checks the county expects.
  const missing = names.find((_, index) => values[index] === '');
  if (missing) throw new Error(`${missing} is required when any of ${names.join(', ')} is set`);
  const [issuer, uri, audience] = values as [string, string, string];
  return { issuer, jwksUri: jwksUri(uri), audience };
}
