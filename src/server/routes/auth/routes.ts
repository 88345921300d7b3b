import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { DomainError } from '../../../domain/errors.js';
import { sessionCookie } from '../../auth/access.js';
import { passwordMatches } from '../../auth/passwords.js';
import {
  createSession,
  endSession,
  sessionIdOf,
  setActiveUnit,
  type SessionUser,
} from '../../auth/sessionStore.js';
import type { RouteModule } from '../../context.js';
import { activeUnitBody, localeBody, loginBody, meResponse } from './schema.js';

async function presentMe(db: Kysely<DB>, user: Pick<SessionUser, 'id' | 'activeUnitId'>) {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'locale'])
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
  return { ...row, activeUnitId: user.activeUnitId, units };
}

const wrongLogin = new DomainError('unauthenticated', 'wrong_credentials', {
  sv: 'Fel användarnamn eller lösenord.',
  en: 'Wrong username or password.',
});

export const authRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], body: loginBody, response: { 200: meResponse } },
    },
    async (request, reply) => {
      const user = await db
        .selectFrom('users')
        .select(['id', 'passwordHash', 'disabledAt'])
        .where('username', '=', request.body.username.toLowerCase())
        .executeTakeFirst();
      const matches = await passwordMatches(user?.passwordHash ?? null, request.body.password);
      if (!user || !matches || user.disabledAt) throw wrongLogin;
      const units = await db.selectFrom('userUnits').select('unitId').where('userId', '=', user.id).execute();
      // With one unit there is nothing to choose; with several the user picks after signing in.
      const activeUnitId = units.length === 1 ? units[0]!.unitId : null;
      const previous = request.cookies[sessionCookie];
      if (previous) await endSession(db, sessionIdOf(previous));
      const session = await createSession(db, user.id, activeUnitId, config.sessionHours);
      reply.setCookie(sessionCookie, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        expires: session.expiresAt,
      });
      return presentMe(db, { id: user.id, activeUnitId });
    },
  );

  api.post(
    '/api/auth/logout',
    { config: { access: 'user' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      await endSession(db, request.user!.sessionId);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/me',
    { config: { access: 'user' }, schema: { tags: ['auth'], response: { 200: meResponse } } },
    async (request) => presentMe(db, request.user!),
  );

  api.put(
    '/api/me/active-unit',
    {
      config: { access: 'user' },
      schema: { tags: ['auth'], body: activeUnitBody, response: { 200: meResponse } },
    },
    async (request) => {
      const user = request.user!;
      if (!user.units.some((unit) => unit.unitId === request.body.unitId)) {
        throw new DomainError('forbidden', 'not_your_unit', {
          sv: 'Du har inget uppdrag i den enheten.',
          en: 'You hold no commission in that unit.',
        });
      }
      await setActiveUnit(db, user.sessionId, request.body.unitId);
      return presentMe(db, { id: user.id, activeUnitId: request.body.unitId });
    },
  );

  api.put(
    '/api/me/locale',
    {
      config: { access: 'user' },
      schema: { tags: ['auth'], body: localeBody, response: { 200: meResponse } },
    },
    async (request) => {
      const user = request.user!;
      await db.updateTable('users').set({ locale: request.body.locale }).where('id', '=', user.id).execute();
      return presentMe(db, user);
    },
  );
};
