import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  generateKeyPair,
  SignJWT,
  UnsecuredJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { FhirOAuthConfig } from '../../src/server/fhir/oauthConfig.js';

/**
 * The county's OAuth server as far as the FHIR API sees it: a JWK Set served over real HTTP on a loopback port,
 * and access tokens signed with its keys, made in the test. One more key pair is kept out of the set, to sign
 * tokens the API must not trust.
 */
export interface OAuthServer {
  config: FhirOAuthConfig;
  /** A token as the OAuth server issues one to a client: the claims given, over sensible defaults. */
  token(claims?: JWTPayload, options?: { alg?: 'RS256' | 'ES256'; untrustedKey?: boolean }): Promise<string>;
  /** A token with `alg: none`, which carries no signature at all. */
  unsigned(claims?: JWTPayload): string;
  /** A token signed with HMAC, keyed with the public key's own text, as the classic confusion attack does. */
  hmac(claims?: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

const issuer = 'https://oauth.region.example/realms/samplan';
const audience = 'https://samplan.region.example/fhir/R4';

export async function startOAuthServer(): Promise<OAuthServer> {
  const rsa = await generateKeyPair('RS256');
  const ec = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('RS256');
  const published: JWK[] = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  const server: Server = createServer((request, response) => {
    if (request.url !== '/jwks') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/jwk-set+json' });
    response.end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const now = () => Math.floor(Date.now() / 1000);
  const defaults = (): JWTPayload => ({
    iss: issuer,
    aud: audience,
    iat: now(),
    exp: now() + 300,
    scope: 'system/*.rs',
  });
  const sign = (claims: JWTPayload, alg: string, kid: string, key: CryptoKey | Uint8Array) =>
    new SignJWT({ ...defaults(), ...claims }).setProtectedHeader({ alg, kid, typ: 'at+jwt' }).sign(key);

  return {
    config: { issuer, audience, jwksUri: new URL(`http://127.0.0.1:${port}/jwks`) },
    token(claims = {}, { alg = 'RS256', untrustedKey = false } = {}) {
      if (untrustedKey) return sign(claims, 'RS256', 'rsa-unknown', stranger.privateKey);
      return alg === 'ES256'
        ? sign(claims, 'ES256', 'ec-1', ec.privateKey)
        : sign(claims, 'RS256', 'rsa-1', rsa.privateKey);
    },
    unsigned(claims = {}) {
      return new UnsecuredJWT({ ...defaults(), ...claims }).encode();
    },
    hmac(claims = {}) {
      return sign(claims, 'HS256', 'rsa-1', new TextEncoder().encode(JSON.stringify(published[0])));
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
