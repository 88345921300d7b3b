import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { clientId, clientSecret, listenProvider, type IdentityProvider } from './identityProvider.js';

/** The authentication context classes the broker offers, as Swedish e-ID brokers name them. */
export const bankIdAcr = 'http://id.elegnamnden.se/loa/1.0/loa3';
export const frejaAcr = 'http://id.elegnamnden.se/loa/1.0/loa3-freja';
export const identityClaim = 'personal_identity_number';

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return new URLSearchParams(text);
}

/**
 * The broker's own page: the person proves who they are (here: the login name picks the account) or cancels.
 * The method used is the one Samplan asked for in acr_values, unless the form says another (a broker that lets
 * the person choose at its page); it becomes the ID token's acr.
 */
async function brokerPage(provider: Provider, request: IncomingMessage, response: ServerResponse) {
  if (!request.url?.startsWith('/interaction/')) return false;
  const details = await provider.interactionDetails(request, response);
  if (request.method === 'GET') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<form method="post"><input name="login"><button>Legitimera</button>` +
        `<button name="cancel" value="1">Avbryt</button></form>`,
    );
    return true;
  }
  const form = await formOf(request);
  if (form.get('cancel')) {
    await provider.interactionFinished(
      request,
      response,
      { error: 'access_denied', error_description: 'The person cancelled' },
      { mergeWithLastSubmission: false },
    );
    return true;
  }
  const requested = details.params.acr_values;
  const asked = (typeof requested === 'string' && requested.split(' ')[0]) || bankIdAcr;
  await provider.interactionFinished(
    request,
    response,
    { login: { accountId: form.get('login') ?? '', acr: form.get('acr') || asked } },
    { mergeWithLastSubmission: false },
  );
  return true;
}

/**
 * A real OpenID Connect provider acting as the county's e-ID broker: BankID and Freja eID as acr values, the
 * personnummer in a claim of its own, and a sign-in page of its own where the person may also cancel.
 */
export async function listenEIdBroker(): Promise<IdentityProvider> {
  const broker = await listenProvider({
    claims: { openid: ['sub'], profile: ['name', 'given_name', 'family_name', identityClaim] },
    grantedScopes: 'openid profile',
    configuration: {
      acrValues: [bankIdAcr, frejaAcr],
      features: { devInteractions: { enabled: false } },
    },
    interactions: brokerPage,
  });
  return {
    ...broker,
    env: () => ({
      PUBLIC_OIDC_ISSUER: broker.issuer,
      PUBLIC_OIDC_CLIENT_ID: clientId,
      PUBLIC_OIDC_CLIENT_SECRET: clientSecret,
      PUBLIC_OIDC_ACR_VALUES: `BankID=${bankIdAcr}, Freja eID=${frejaAcr}`,
      PUBLIC_OIDC_IDENTITY_CLAIM: identityClaim,
    }),
  };
}
