import * as oidc from 'openid-client';
import type { OidcConfig } from './oidcConfig.js';

/** What the callback must check, made when the sign-in starts and kept until the browser comes back. */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
  nonce: string;
}

/** The claims of a completed sign-in: the ID token's, completed by the provider's userinfo. */
export type SignInClaims = Record<string, unknown> & { iss: string; sub: string };

export interface OidcClient {
  /**
   * A new pending sign-in and the provider address to send the browser to; `acrValues` asks for a method of
   * authentication (an e-ID broker's BankID or Freja eID).
   */
  start(redirectUri: string, acrValues?: string): Promise<{ pending: PendingSignIn; authorizationUrl: URL }>;
  /** Checks the provider's answer (state, PKCE, nonce, ID token signature) and returns who signed in. */
  complete(callbackUrl: URL, pending: PendingSignIn): Promise<SignInClaims>;
}

/**
 * The relying party: authorization code flow with PKCE (S256), state and nonce, by openid-client. The provider's
 * metadata and keys are fetched on first use, not at start-up, so Samplan starts even while the provider is down;
 * a failed fetch is tried again on the next sign-in.
 */
export function createOidcClient(
  config: Pick<OidcConfig, 'issuer' | 'clientId' | 'clientSecret' | 'scopes'>,
): OidcClient {
  let discovered: Promise<oidc.Configuration> | null = null;

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        config.issuer,
        config.clientId,
        undefined,
        config.clientSecret === null ? oidc.None() : oidc.ClientSecretBasic(config.clientSecret),
        {
          // oidcConfig.ts allows plain http only for a provider on this machine.
          execute: config.issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  }

  return {
    async start(redirectUri, acrValues) {
      const server = await configuration();
      const pending: PendingSignIn = {
        state: oidc.randomState(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        nonce: oidc.randomNonce(),
      };
      const authorizationUrl = oidc.buildAuthorizationUrl(server, {
        redirect_uri: redirectUri,
        scope: config.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        ...(acrValues ? { acr_values: acrValues } : {}),
      });
      return { pending, authorizationUrl };
    },

    async complete(callbackUrl, pending) {
      const server = await configuration();
      const tokens = await oidc.authorizationCodeGrant(server, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('The provider returned no ID token');
      // Providers commonly keep the ID token small and give profile and commissions at userinfo; the subject
      // must match, which openid-client checks.
      const userInfo = await oidc.fetchUserInfo(server, tokens.access_token, idToken.sub);
      return { ...userInfo, ...idToken };
    },
  };
}
