import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

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

/** What makes one provider differ from another: what it tells, and how one signs in at it. */
export interface ProviderOptions {
  /** The claims each scope releases. */
  claims: Record<string, string[]>;
  /** The scopes granted without asking (Samplan is the county's own application at either provider). */
  grantedScopes: string;
  /** More of the provider's configuration, e.g. its acrValues. */
  configuration?: Partial<Configuration>;
  /**
   * A sign-in page of its own in place of the library's development one: answers the provider's interaction
   * addresses (/interaction/…) and returns true, or returns false to leave the request to the provider.
   */
  interactions?: (
    provider: Provider,
    request: Parameters<RequestListener>[0],
    response: Parameters<RequestListener>[1],
  ) => Promise<boolean>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, with Samplan as its only client: no consent
 * screen, PKCE required. It listens before it is configured, so its address can be given to Samplan before
 * Samplan's own address is known.
 */
export async function listenProvider(options: ProviderOptions): Promise<Omit<IdentityProvider, 'env'>> {
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
        claims: options.claims,
        findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
          const claims = accounts[id];
          if (!claims) return undefined;
          return { accountId: id, claims: () => ({ sub: id, ...claims }) };
        },
        // People sign in to the county's own applications without being asked to consent to each one.
        loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
          const existing = ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
          if (existing) return ctx.oidc.provider.Grant.find(existing);
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client!.clientId,
            accountId: ctx.oidc.session!.accountId!,
          });
          grant.addOIDCScope(options.grantedScopes);
          await grant.save();
          return grant;
        },
        cookies: { keys: ['identity-provider-test-key'] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        ...options.configuration,
      });
      const callback = provider.callback();
      const { interactions } = options;
      handler = (request, response) => {
        if (!interactions) return void callback(request, response);
        interactions(provider, request, response)
          .then((answered) => {
            if (!answered) void callback(request, response);
          })
          .catch((error: unknown) => response.writeHead(500).end(String(error)));
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A county's staff identity provider: the library's own sign-in form (any password; the login name picks the
 * account) and a `commissions` claim naming units by HSA id.
 */
export async function listenIdentityProvider(): Promise<IdentityProvider> {
  const provider = await listenProvider({
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email'],
      commissions: ['commissions'],
    },
    grantedScopes: scopes,
  });
  return {
    ...provider,
    env: () => ({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_SCOPES: scopes,
      OIDC_LABEL: 'Region Sörmarks inloggning',
      OIDC_ROLE_MAP: 'Verksamhetschef=unit_manager',
    }),
  };
}
