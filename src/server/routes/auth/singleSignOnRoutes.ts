import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { singleSignOnErrors, type SingleSignOnError } from '../../../shared/api/signIn.js';
import { sessionRoutes } from '../../../shared/api/sessionRoutes.js';
import { DomainError } from '../../../domain/errors.js';
import { beginSession } from '../../auth/beginSession.js';
import { commissionsFromClaim } from '../../auth/commissionClaims.js';
import { signInExternalUser, type ExternalIdentity } from '../../auth/externalAccounts.js';
import { createOidcClient, type PendingSignIn, type SignInClaims } from '../../auth/oidcClient.js';
import { providerAnswer, setStateCookie, type StateCookie } from '../../auth/providerAnswer.js';
import type { OidcConfig } from '../../auth/oidcConfig.js';
import { secretHash } from '../../secretToken.js';
import type { RouteModule } from '../../context.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { signInRefusalsEn } from '../../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

const callbackPath = '/api/auth/oidc/callback';
// The state rides in its own cookie, sent only to the sign-in routes (providerAnswer.ts).
const stateCookie: StateCookie = { name: 'samplan_oidc_state', path: '/api/auth/oidc' };
const pendingMinutes = 10;

// The provider's answer is checked by openid-client as a whole (state, code, iss, error); the schema only keeps
// the address from being abused as a dumping ground.
const callbackQuery = z.record(z.string(), z.string().max(4096));

const notConfigured = new DomainError(
  'not_found',
  'single_sign_on_not_configured',
  bothLanguages(words, (said) => said.singleSignOnNotConfigured),
);

function redirectUriFor(config: OidcConfig, request: FastifyRequest): string {
  return config.redirectUri ?? `${request.protocol}://${request.host}${callbackPath}`;
}

/** Takes the pending sign-in for this state, once: a second use of the same answer finds nothing. */
async function takePending(db: Kysely<DB>, state: string, now: Date): Promise<PendingSignIn | null> {
  const row = await db
    .deleteFrom('oidcSignIns')
    .where('stateHash', '=', secretHash(state))
    .returning(['codeVerifier', 'nonce', 'expiresAt'])
    .executeTakeFirst();
  if (!row || row.expiresAt <= now) return null;
  return { state, codeVerifier: row.codeVerifier, nonce: row.nonce };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function identityFrom(claims: SignInClaims, config: OidcConfig): ExternalIdentity {
  const username = (text(claims[config.usernameClaim]) || claims.sub).toLowerCase();
  const fullName = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return {
    issuer: claims.iss,
    subject: claims.sub,
    username,
    displayName: text(claims.name) || fullName || username,
    email: text(claims.email),
  };
}

export const singleSignOnRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const oidcConfig = config.oidc;
  const client = oidcConfig ? createOidcClient(oidcConfig) : null;
  const limitStarts = app.createRateLimit({ max: config.loginRateLimitPerMinute, timeWindow: 60_000 });

  api.get(
    sessionRoutes.methods.path,
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['auth'], response: sessionRoutes.methods.responses },
    },
    () => ({
      password: config.passwordSignIn,
      singleSignOn: oidcConfig ? { label: oidcConfig.label, startUrl: '/api/auth/oidc/start' } : null,
    }),
  );

  function backToSignIn(reply: FastifyReply, error: SingleSignOnError): FastifyReply {
    reply.clearCookie(stateCookie.name, { path: stateCookie.path });
    return reply.redirect(`/?sign_in_error=${error}`, 303);
  }

  api.get(
    '/api/auth/oidc/start',
    { config: { access: 'public', policy: 'public' }, schema: { tags: ['auth'], hide: true } },
    async (request, reply) => {
      if (!client || !oidcConfig) throw notConfigured;
      // Each start stores a pending sign-in, so starts are limited like password attempts.
      const limit = await limitStarts(request);
      if (!limit.isAllowed && limit.isExceeded) return backToSignIn(reply, 'failed');
      let started: Awaited<ReturnType<typeof client.start>>;
      try {
        started = await client.start(redirectUriFor(oidcConfig, request));
      } catch (error) {
        request.log.warn({ err: error }, 'identity provider unavailable');
        return backToSignIn(reply, 'provider_unavailable');
      }
      const now = new Date();
      const expiresAt = new Date(now.getTime() + pendingMinutes * 60_000);
      await db.deleteFrom('oidcSignIns').where('expiresAt', '<=', now).execute();
      await db
        .insertInto('oidcSignIns')
        .values({
          stateHash: secretHash(started.pending.state),
          codeVerifier: started.pending.codeVerifier,
          nonce: started.pending.nonce,
          expiresAt,
        })
        .execute();
      setStateCookie(reply, stateCookie, started.pending.state, expiresAt, config.cookieSecure);
      return reply.redirect(started.authorizationUrl.href, 303);
    },
  );

  api.get(
    callbackPath,
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['auth'], hide: true, querystring: callbackQuery },
    },
    async (request, reply) => {
      if (!client || !oidcConfig) throw notConfigured;
      const answer = await providerAnswer(request, client, {
        query: request.query,
        cookie: stateCookie,
        take: (state) => takePending(db, state, new Date()),
        redirectUri: redirectUriFor(oidcConfig, request),
      });
      if (!answer.ok) return backToSignIn(reply, answer.reason);
      const { claims } = answer;
      const reading = commissionsFromClaim(claims[oidcConfig.commissionsClaim], oidcConfig.roleMap);
      if (reading.ignored > 0)
        request.log.warn({ ignored: reading.ignored }, 'commissions in the sign-in that could not be read');
      try {
        const user = await signInExternalUser(db, identityFrom(claims, oidcConfig), reading.commissions);
        await beginSession(db, request, reply, user, config);
      } catch (error) {
        if (error instanceof DomainError && (singleSignOnErrors as readonly string[]).includes(error.code))
          return backToSignIn(reply, error.code as SingleSignOnError);
        throw error;
      }
      reply.clearCookie(stateCookie.name, { path: stateCookie.path });
      return reply.redirect('/', 303);
    },
  );
};
