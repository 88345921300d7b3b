import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { DomainError } from '../../../domain/errors.js';
import { parseIdNumber } from '../../../domain/identity/idNumber.js';
import { personAuthRoutes } from '../../../shared/api/personAuthRoutes.js';
import type { EIdSignInError, PersonMe } from '../../../shared/api/personSignIn.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';
import { createOidcClient, type PendingSignIn, type SignInClaims } from '../../auth/oidcClient.js';
import { providerAnswer, setStateCookie, type StateCookie } from '../../auth/providerAnswer.js';
import type { Config } from '../../config.js';
import type { RouteModule } from '../../context.js';
import { eIdCallbackPath, type EIdConfig } from '../../eId/eIdConfig.js';
import { identityOnSignIn } from '../../eId/identities.js';
import { signedInPerson } from '../../eId/personAccess.js';
import {
  clearPersonSessionCookies,
  personSessionCookie,
  setPersonSessionCookies,
} from '../../eId/personCookies.js';
import { createPersonSession, endExpiredPersonSessions, endPersonSession } from '../../eId/personSessions.js';
import { secretHash } from '../../secretToken.js';
import { demoPeople } from '../../seed/demoPeople.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };

// The state rides in its own cookie, sent only to this side's sign-in routes (providerAnswer.ts).
const stateCookie: StateCookie = { name: 'samplan_person_state', path: '/api/person/auth' };
const pendingMinutes = 10;
const callbackQuery = z.record(z.string(), z.string().max(4096));
const methodParams = z.strictObject({ method: z.string().min(1).max(40) });

const notConfigured = new DomainError(
  'not_found',
  'e_id_not_configured',
  bothLanguages(words, (said) => said.eIdNotConfigured),
);

/** The demo sign-in exists only in a seeded demo without a broker: anywhere else it would let anyone in. */
export function demoSignInOffered(config: Pick<Config, 'seedDemo' | 'eId'>): boolean {
  return config.seedDemo && config.eId === null;
}

function redirectUriFor(config: EIdConfig, request: FastifyRequest): string {
  return config.redirectUri ?? `${request.protocol}://${request.host}${eIdCallbackPath}`;
}

async function takePending(
  db: Kysely<DB>,
  state: string,
  now: Date,
): Promise<(PendingSignIn & { method: string }) | null> {
  const row = await db
    .deleteFrom('personSignIns')
    .where('stateHash', '=', secretHash(state))
    .returning(['codeVerifier', 'nonce', 'method', 'expiresAt'])
    .executeTakeFirst();
  if (!row || row.expiresAt <= now) return null;
  return { state, codeVerifier: row.codeVerifier, nonce: row.nonce, method: row.method };
}

/** The identity number the broker vouches for, as twelve digits; null when the claim is missing or not valid. */
function identityNumberOf(claims: SignInClaims, claim: string): string | null {
  const value = claims[claim];
  if (typeof value !== 'string') return null;
  try {
    const parsed = parseIdNumber(value);
    return parsed.kind === 'reservnummer' ? null : parsed.value;
  } catch {
    return null;
  }
}

function nameOf(claims: SignInClaims): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  return text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
}

export const personSignInRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const eId = config.eId;
  const client = eId ? createOidcClient(eId) : null;

  /** Starts the person's session: a new one, never the one the browser came with. */
  async function beginPersonSession(
    request: FastifyRequest,
    reply: FastifyReply,
    identity: { idNumber: string; name: string },
    method: string,
  ): Promise<PersonMe> {
    const previous = request.cookies[personSessionCookie];
    if (previous) await endPersonSession(db, secretHash(previous));
    await endExpiredPersonSessions(db);
    const identityId = await identityOnSignIn(db, identity.idNumber, identity.name);
    const session = await createPersonSession(db, identityId, method, config.personSessionMinutes);
    setPersonSessionCookies(reply, session, config.cookieSecure);
    return { name: identity.name, locale: 'sv', method };
  }

  function backToSignIn(reply: FastifyReply, error: EIdSignInError): FastifyReply {
    reply.clearCookie(stateCookie.name, { path: stateCookie.path });
    return reply.redirect(`/mina?sign_in_error=${error}`, 303);
  }

  const { methods, demoSignIn, signOut, me, chooseLanguage } = personAuthRoutes;

  api.get(
    methods.path,
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['person'], response: methods.responses },
    },
    (request) => ({
      methods: (eId?.methods ?? []).map((method) => ({
        key: method.key,
        label: method.label,
        startUrl: `/api/person/auth/start/${method.key}`,
      })),
      demo: demoSignInOffered(config)
        ? demoPeople.map((person) => ({
            key: person.key,
            name: person.name,
            description:
              person.description[request.headers['accept-language']?.startsWith('en') ? 'en' : 'sv'],
          }))
        : null,
    }),
  );

  api.get(
    '/api/person/auth/start/:method',
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['person'], hide: true, params: methodParams },
    },
    async (request, reply) => {
      if (!client || !eId) throw notConfigured;
      const method = eId.methods.find((each) => each.key === request.params.method);
      if (!method) return backToSignIn(reply, 'failed');
      let started: Awaited<ReturnType<typeof client.start>>;
      try {
        started = await client.start(redirectUriFor(eId, request), method.acr || undefined);
      } catch (error) {
        request.log.warn({ err: error }, 'e-ID broker unavailable');
        return backToSignIn(reply, 'provider_unavailable');
      }
      const now = new Date();
      const expiresAt = new Date(now.getTime() + pendingMinutes * 60_000);
      await db.deleteFrom('personSignIns').where('expiresAt', '<=', now).execute();
      await db
        .insertInto('personSignIns')
        .values({
          stateHash: secretHash(started.pending.state),
          codeVerifier: started.pending.codeVerifier,
          nonce: started.pending.nonce,
          method: method.key,
          expiresAt,
        })
        .execute();
      setStateCookie(reply, stateCookie, started.pending.state, expiresAt, config.cookieSecure);
      return reply.redirect(started.authorizationUrl.href, 303);
    },
  );

  api.get(
    eIdCallbackPath,
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['person'], hide: true, querystring: callbackQuery },
    },
    async (request, reply) => {
      if (!client || !eId) throw notConfigured;
      const answer = await providerAnswer(request, client, {
        query: request.query,
        cookie: stateCookie,
        take: (state) => takePending(db, state, new Date()),
        redirectUri: redirectUriFor(eId, request),
      });
      if (!answer.ok) return backToSignIn(reply, answer.reason);
      const { claims, pending } = answer;
      // The broker says in acr how the person proved who they are: a method other than the one asked for (a
      // weaker one chosen at the broker's page) is not the sign-in the person started.
      const method = eId.methods.find((each) => each.key === pending.method);
      if (!method || (method.acr && claims.acr !== method.acr)) return backToSignIn(reply, 'failed');
      const idNumber = identityNumberOf(claims, eId.identityClaim);
      // Without a valid personnummer there is nobody to relate to a case: no session, and the claim is not logged.
      if (!idNumber) return backToSignIn(reply, 'no_identity_number');
      await beginPersonSession(request, reply, { idNumber, name: nameOf(claims) }, pending.method);
      reply.clearCookie(stateCookie.name, { path: stateCookie.path });
      return reply.redirect('/mina', 303);
    },
  );

  api.post(
    demoSignIn.path,
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['person'], body: demoSignIn.body, response: demoSignIn.responses },
    },
    async (request, reply) => {
      if (!demoSignInOffered(config))
        throw new DomainError(
          'not_found',
          'demo_sign_in_not_offered',
          bothLanguages(words, (said) => said.demoSignInOnlyInDemo),
        );
      const person = demoPeople.find((each) => each.key === request.body.key);
      if (!person)
        throw new DomainError(
          'unprocessable',
          'not_a_demo_person',
          bothLanguages(words, (said) => said.notADemoPerson),
        );
      return beginPersonSession(request, reply, person, 'demo');
    },
  );

  api.post(
    signOut.path,
    { config: { access: 'person', policy: 'personSelf' }, schema: { tags: ['person'] } },
    async (request, reply) => {
      await endPersonSession(db, signedInPerson(request).sessionId);
      clearPersonSessionCookies(reply);
      return reply.code(204).send();
    },
  );

  api.get(
    me.path,
    {
      config: { access: 'person', policy: 'personSelf' },
      schema: { tags: ['person'], response: me.responses },
    },
    (request) => {
      const person = signedInPerson(request);
      return { name: person.name, locale: person.locale, method: person.method };
    },
  );

  api.put(
    chooseLanguage.path,
    {
      config: { access: 'person', policy: 'personSelf' },
      schema: { tags: ['person'], body: chooseLanguage.body, response: chooseLanguage.responses },
    },
    async (request) => {
      const person = signedInPerson(request);
      await db
        .updateTable('personSessions')
        .set({ locale: request.body.locale })
        .where('id', '=', person.sessionId)
        .execute();
      return { name: person.name, locale: request.body.locale, method: person.method };
    },
  );
};
