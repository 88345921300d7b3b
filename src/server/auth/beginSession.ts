import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Config } from '../config.js';
import { sessionCookie, setSessionCookies } from './sessionCookies.js';
import { createSession, endExpiredSessions, endSession, sessionIdOf } from './sessionStore.js';

/**
 * Starts the session of a user who has just proved who they are, by password or through their identity provider.
 * Returns the unit they act for: with one unit there is nothing to choose; with several they pick after signing in.
 */
export async function beginSession(
  db: Kysely<DB>,
  request: FastifyRequest,
  reply: FastifyReply,
  user: { userId: string; unitIds: readonly string[] },
  config: Pick<Config, 'sessionHours' | 'cookieSecure'>,
): Promise<string | null> {
  const activeUnitId = user.unitIds.length === 1 ? user.unitIds[0]! : null;
  // A new session, never the one the browser came with, so a planted session id cannot be carried over.
  const previous = request.cookies[sessionCookie];
  if (previous) await endSession(db, sessionIdOf(previous));
  await endExpiredSessions(db, user.userId, new Date());
  const session = await createSession(db, user.userId, activeUnitId, config.sessionHours);
  setSessionCookies(reply, session, config.cookieSecure);
  return activeUnitId;
}
