import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { allowedOrganisationActions } from '../../../domain/access/policy.js';
import { DomainError } from '../../../domain/errors.js';
import { beginSession } from '../../auth/beginSession.js';
import {
  clearFailures,
  lockedMessage,
  lockedUntil,
  loginSubjects,
  recordFailure,
  type LockoutSettings,
} from '../../auth/lockout.js';
import { passwordViolations } from '../../auth/passwordPolicy.js';
import { hashPassword, passwordMatches } from '../../auth/passwords.js';
import { clearSessionCookies } from '../../auth/sessionCookies.js';
import { endOtherSessions, endSession, setActiveUnit, type SessionUser } from '../../auth/sessionStore.js';
import type { RouteModule } from '../../context.js';
import { sendProblem } from '../../problem.js';
import { sessionRoutes } from '../../../shared/api/sessionRoutes.js';
import { passwordChangeBody } from './schema.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fill } from '../../../shared/words/fill.js';
import { signInRefusalsEn } from '../../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

async function presentMe(db: Kysely<DB>, user: Pick<SessionUser, 'id' | 'activeUnitId'>) {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'locale', 'firstGuideDoneAt'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('userUnits')
    .innerJoin('units', 'units.id', 'userUnits.unitId')
    .innerJoin('organisations', 'organisations.id', 'units.organisationId')
    .select([
      'userUnits.unitId',
      'userUnits.role',
      'units.name as unitName',
      'organisations.id as organisationId',
    ])
    .select(['organisations.name as organisationName', 'organisations.kind as organisationKind'])
    .where('userUnits.userId', '=', user.id)
    .orderBy('organisations.name')
    .orderBy('units.name')
    .execute();
  const { firstGuideDoneAt, ...me } = row;
  // What each of the user's roles may do in its organisation, so the menus offer only what the server allows.
  const withActions = units.map((unit) => ({
    ...unit,
    allowedActions: allowedOrganisationActions(unit.role),
  }));
  // Until the user closes it, the start page shows the first-time guide (POST /api/me/first-guide).
  return {
    ...me,
    activeUnitId: user.activeUnitId,
    units: withActions,
    showFirstGuide: firstGuideDoneAt === null,
  };
}

const wrongLogin = new DomainError(
  'unauthenticated',
  'wrong_credentials',
  bothLanguages(words, (said) => said.wrongCredentials),
);

const wrongCurrentPassword = new DomainError(
  'unprocessable',
  'wrong_current_password',
  bothLanguages(words, (said) => said.wrongCurrentPassword),
  { field: 'currentPassword' },
);

const noLocalPassword = new DomainError(
  'unprocessable',
  'no_local_password',
  bothLanguages(words, (said) => said.noLocalPassword),
);

const passwordSignInOff = new DomainError(
  'forbidden',
  'password_sign_in_disabled',
  bothLanguages(words, (said) => said.passwordSignInDisabled),
);

/** 429 with when to try again, the same for every username, existing or not. */
function sendLocked(request: FastifyRequest, reply: FastifyReply, until: Date, now: Date): FastifyReply {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  reply.header('retry-after', String(retryAfterSeconds));
  return sendProblem(request, reply, 429, 'login_locked', lockedMessage(until, now), {
    retryAfterSeconds,
    lockedUntil: until.toISOString(),
  });
}

export const authRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const lockout: LockoutSettings = {
    maxFailures: config.loginMaxFailures,
    maxAddressFailures: config.loginMaxAddressFailures,
    lockMinutes: config.loginLockMinutes,
  };
  // A first, cheap defence per client address before any database work or password hashing. It lives in memory,
  // so each instance counts on its own; the lockout below is the limit that holds across instances.
  const limitSignIns = app.createRateLimit({ max: config.loginRateLimitPerMinute, timeWindow: 60_000 });

  const { logIn, logOut, me, chooseUnit, chooseLanguage } = sessionRoutes;
  api.post(
    logIn.path,
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['auth'], body: logIn.body, response: logIn.responses },
      // In onRequest, so malformed and oversized requests count too.
      onRequest: async (request, reply) => {
        const limit = await limitSignIns(request);
        if (limit.isAllowed || !limit.isExceeded) return;
        reply.header('retry-after', String(limit.ttlInSeconds));
        const text = bothLanguages(words, (said) => fill(said.rateLimited, { seconds: limit.ttlInSeconds }));
        return sendProblem(request, reply, 429, 'login_rate_limited', text);
      },
    },
    async (request, reply) => {
      if (!config.passwordSignIn) throw passwordSignInOff;
      const now = new Date();
      const username = request.body.username.toLowerCase();
      const subjects = loginSubjects(username, request.ip, lockout);
      // A locked login is refused before the password is looked at: even the right password must wait.
      const locked = await lockedUntil(db, subjects, now);
      if (locked) return sendLocked(request, reply, locked, now);
      const user = await db
        .selectFrom('users')
        .select(['id', 'passwordHash', 'disabledAt'])
        .where('username', '=', username)
        .executeTakeFirst();
      const matches = await passwordMatches(user?.passwordHash ?? null, request.body.password);
      if (!user || !matches || user.disabledAt) {
        const lockedNow = await recordFailure(db, subjects, lockout, now);
        // The attempt that reaches the limit already says so, so the user is not left guessing on the next.
        if (lockedNow) return sendLocked(request, reply, lockedNow, now);
        throw wrongLogin;
      }
      await clearFailures(db, username);
      const units = await db.selectFrom('userUnits').select('unitId').where('userId', '=', user.id).execute();
      const activeUnitId = await beginSession(
        db,
        request,
        reply,
        { userId: user.id, unitIds: units.map((unit) => unit.unitId) },
        config,
      );
      return presentMe(db, { id: user.id, activeUnitId });
    },
  );

  api.post(
    logOut.path,
    { config: { access: 'user', policy: 'self' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      await endSession(db, request.user!.sessionId);
      clearSessionCookies(reply);
      return reply.status(204).send();
    },
  );

  api.get(
    me.path,
    { config: { access: 'user', policy: 'self' }, schema: { tags: ['auth'], response: me.responses } },
    async (request) => presentMe(db, request.user!),
  );

  api.put(
    chooseUnit.path,
    {
      config: { access: 'user', policy: 'self' },
      schema: { tags: ['auth'], body: chooseUnit.body, response: chooseUnit.responses },
    },
    async (request) => {
      const user = request.user!;
      if (!user.units.some((unit) => unit.unitId === request.body.unitId)) {
        throw new DomainError(
          'forbidden',
          'not_your_unit',
          bothLanguages(words, (said) => said.notYourUnit),
        );
      }
      await setActiveUnit(db, user.sessionId, request.body.unitId);
      return presentMe(db, { id: user.id, activeUnitId: request.body.unitId });
    },
  );

  api.put(
    chooseLanguage.path,
    {
      config: { access: 'user', policy: 'self' },
      schema: { tags: ['auth'], body: chooseLanguage.body, response: chooseLanguage.responses },
    },
    async (request) => {
      const user = request.user!;
      await db.updateTable('users').set({ locale: request.body.locale }).where('id', '=', user.id).execute();
      return presentMe(db, user);
    },
  );

  api.put(
    '/api/me/password',
    {
      config: { access: 'user', policy: 'self' },
      schema: { tags: ['auth'], body: passwordChangeBody },
    },
    async (request, reply) => {
      const user = request.user!;
      const now = new Date();
      // Guessing the current password here counts towards the same lock as signing in, or a borrowed session
      // would be a way round it.
      const subjects = loginSubjects(user.username, request.ip, lockout);
      const locked = await lockedUntil(db, subjects, now);
      if (locked) return sendLocked(request, reply, locked, now);
      const row = await db
        .selectFrom('users')
        .select('passwordHash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      if (row.passwordHash === null) throw noLocalPassword;
      if (!(await passwordMatches(row.passwordHash, request.body.currentPassword))) {
        const lockedNow = await recordFailure(db, subjects, lockout, now);
        if (lockedNow) return sendLocked(request, reply, lockedNow, now);
        throw wrongCurrentPassword;
      }
      await clearFailures(db, user.username);
      const violations = passwordViolations(request.body.newPassword, {
        username: user.username,
        currentPassword: request.body.currentPassword,
      });
      if (violations.length > 0) {
        throw new DomainError(
          'unprocessable',
          'password_policy',
          {
            sv: violations.map((violation) => violation.messages.sv).join(' '),
            en: violations.map((violation) => violation.messages.en).join(' '),
          },
          { field: 'newPassword', violations },
        );
      }
      await db
        .updateTable('users')
        .set({ passwordHash: await hashPassword(request.body.newPassword) })
        .where('id', '=', user.id)
        .execute();
      // Whoever knew the old password may be signed in elsewhere; only this browser stays signed in.
      await endOtherSessions(db, user.id, user.sessionId);
      return reply.status(204).send();
    },
  );
};
