import { sql, type Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { caseStandingSql, type CaseStanding } from '../access/caseStanding.js';
import { newSecretToken, secretHash } from '../secretToken.js';
import { prepared } from '../../db/preparedStatements.js';

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
  return secretHash(token);
}

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  activeUnitId: string | null,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({ id: sessionIdOf(token), userId, activeUnitId, expiresAt })
    .execute();
  return { token, expiresAt };
}

/** How long a session may live: in all, and unused. */
export interface SessionLimits {
  absoluteHours: number;
  idleMinutes: number;
}

/** What a session token leads to; `expired` is told apart so the user learns why they must sign in again. */
export type SessionLookup =
  | { status: 'active'; user: SessionUser; expiresAt: Date; caseStanding: CaseStanding | null }
  | { status: 'expired' }
  | { status: 'unknown' };

// Touching the session on every request would turn each read into a write; once a minute is enough, which makes
// the idle timeout exact to the minute.
const touchEveryMs = 60_000;

/**
 * The session of a token, its user and the user's commissions, in one statement: every request asks it first.
 * A request on a case (`caseId`) gets the acting unit's standing in it from the same statement, since the access
 * policy asks that next.
 */
export async function findSession(
  db: Kysely<DB>,
  token: string,
  limits: SessionLimits,
  { now = new Date(), caseId = null }: { now?: Date; caseId?: string | null } = {},
): Promise<SessionLookup> {
  const sessionId = sessionIdOf(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as sessionId',
      'sessions.activeUnitId',
      'sessions.createdAt',
      'sessions.lastSeenAt',
      'sessions.expiresAt',
      'users.id',
      'users.username',
    ])
    .select(['users.displayName', 'users.locale', 'users.disabledAt'])
    .select(
      sql<SessionUser['units']>`coalesce((
        SELECT json_agg(json_build_object('unitId', uu.unit_id, 'role', uu.role) ORDER BY uu.unit_id)
        FROM user_units uu WHERE uu.user_id = users.id
      ), '[]')`.as('units'),
    )
    .select(
      (caseId === null
        ? sql<CaseStanding | null>`NULL`
        : sql<CaseStanding | null>`${caseStandingSql(caseId, sql.ref('sessions.activeUnitId'))}`
      ).as('caseStanding'),
    )
    .where('sessions.id', '=', sessionId)
    .modifyFront(sql.raw(prepared(caseId === null ? 'session' : 'session_and_case')))
    .executeTakeFirst();
  if (!row) return { status: 'unknown' };
  if (row.disabledAt !== null) {
    await endSession(db, sessionId);
    return { status: 'unknown' };
  }
  // The absolute limit is checked against the stored expiry and against the current setting, so shortening
  // SESSION_HOURS also shortens sessions already running.
  const pastAbsolute =
    row.expiresAt.getTime() <= now.getTime() ||
    row.createdAt.getTime() + limits.absoluteHours * 3_600_000 <= now.getTime();
  const idleTooLong = row.lastSeenAt.getTime() + limits.idleMinutes * 60_000 <= now.getTime();
  if (pastAbsolute || idleTooLong) {
    // An ended session is removed at once, so its token cannot come back to life if the settings change.
    await endSession(db, sessionId);
    return { status: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchEveryMs) {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', sessionId).execute();
  }
  return {
    status: 'active',
    expiresAt: row.expiresAt,
    caseStanding: row.caseStanding,
    user: {
      sessionId: row.sessionId,
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      locale: row.locale,
      units: row.units,
      activeUnitId: row.activeUnitId,
    },
  };
}

export async function endSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** After a password change: every other browser signed in as the user must sign in with the new password. */
export async function endOtherSessions(db: Kysely<DB>, userId: string, keepSessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).where('id', '<>', keepSessionId).execute();
}

/** Sessions of the user that have run out are cleared at sign-in, so they do not pile up in the table. */
export async function endExpiredSessions(
  db: Kysely<DB>,
  userId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).where('expiresAt', '<=', now).execute();
}

export async function setActiveUnit(db: Kysely<DB>, sessionId: string, unitId: string): Promise<void> {
  await db.updateTable('sessions').set({ activeUnitId: unitId }).where('id', '=', sessionId).execute();
}
