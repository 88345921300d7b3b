import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** What the provider says about one of its accounts, beyond the subject (its login name here). */
export type AccountClaims = Record<string, unknown>;

export const clientId = 'samplan';
export const clientSecret = 'a-test-client-secret-of-some-length';
export const scopes = 'openid profile email commissions';

export interface IdentityProvider {
  issuer: string;
  /** Starts answering, with Samplan registered at this redirect address and these accounts. */
  serve(redirectUri: string, accounts: Record<string, AccountClaims>): void;
  /** The environment that connects Samplan to this provider. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, as a county's staff identity provider: its
 * own sign-in form (any password; the login name picks the account), no consent screen (the county's own
 * application), PKCE required, and a `commissions` claim naming units by HSA id. It listens before it is
 * configured, so its address can be given to Samplan before Samplan's own address is known.
 */
export async function listenIdentityProvider(): Promise<IdentityProvider> {
  let handler: RequestListener | null = null;
  const server: Server = createServer((request, response) => {
    if (handler) handler(request, response);
    else response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    serve(redirectUri, accounts) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            response_types: ['code'],
            grant_types: ['authorization_code'],
          },
        ],
        pkce: { required: () => true },
        claims: {
          openid: ['sub'],
          profile: ['name', 'given_name', 'family_name', 'preferred_username'],
          email: ['email'],
          commissions: ['commissions'],
        },
        findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
          const claims = accounts[id];
          if (!claims) return undefined;
          return { accountId: id, claims: () => ({ sub: id, ...claims }) };
        },
        // Staff sign in to their employer's own applications without being asked to consent to each one.
        loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
          const existing = ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
          if (existing) return ctx.oidc.provider.Grant.find(existing);
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client!.clientId,
            accountId: ctx.oidc.session!.accountId!,
          });
          grant.addOIDCScope(scopes);
          await grant.save();
          return grant;
        },
        cookies: { keys: ['identity-provider-test-key'] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      });
      const callback = provider.callback();
      handler = (request, response) => void callback(request, response);
    },
    env: () => ({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_SCOPES: scopes,
      OIDC_LABEL: 'Region Sörmarks inloggning',
      OIDC_ROLE_MAP: 'Verksamhetschef=unit_manager',
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
