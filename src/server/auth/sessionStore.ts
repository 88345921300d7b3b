import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';

/** The signed-in user as every route sees it: who, which units with which role, and the unit they act for. */
export interface SessionUser {
  sessionId: string;
  id: string;
  username: string;
  displayName: string;
  locale: 'sv' | 'en';
  units: { unitId: string; role: Role }[];
  activeUnitId: string | null;
}

/** Only a hash of the cookie's token is stored, so reading the table does not hand out live sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  activeUnitId: string | null,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({ id: sessionIdOf(token), userId, activeUnitId, expiresAt })
    .execute();
  return { token, expiresAt };
}

export async function findSessionUser(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const sessionId = sessionIdOf(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as sessionId',
      'sessions.activeUnitId',
      'sessions.lastSeenAt',
      'users.id',
      'users.username',
    ])
    .select(['users.displayName', 'users.locale'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expiresAt', '>', new Date())
    .where('users.disabledAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const units = await db
    .selectFrom('userUnits')
    .select(['unitId', 'role'])
    .where('userId', '=', row.id)
    .execute();
  // Touching the session on every request would turn each read into a write; once a minute is enough.
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db.updateTable('sessions').set({ lastSeenAt: new Date() }).where('id', '=', sessionId).execute();
  }
  return {
    sessionId: row.sessionId,
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    locale: row.locale,
    units,
    activeUnitId: row.activeUnitId,
  };
}

export async function endSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function setActiveUnit(db: Kysely<DB>, sessionId: string, unitId: string): Promise<void> {
  await db.updateTable('sessions').set({ activeUnitId: unitId }).where('id', '=', sessionId).execute();
}
