import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newSecretToken, secretHash } from '../secretToken.js';

/** The person signed in on the individual's side, as every route there sees them. */
export interface SignedInPerson {
  sessionId: string;
  identityId: string;
  /** Twelve digits; used to find their relations to cases, never shown in an address or a log. */
  idNumber: string;
  name: string;
  /** How they signed in: the e-ID method's key, or 'demo'. */
  method: string;
  locale: 'sv' | 'en';
}

export interface PersonSessionLimits {
  minutes: number;
  idleMinutes: number;
}

export type PersonSessionLookup =
  | { status: 'active'; person: SignedInPerson; expiresAt: Date }
  | { status: 'expired' }
  | { status: 'unknown' };

// As for staff: touching on every request would make each read a write; once a minute keeps the idle limit exact.
const touchEveryMs = 60_000;

export async function createPersonSession(
  db: Kysely<DB>,
  identityId: string,
  method: string,
  minutes: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + minutes * 60_000);
  await db
    .insertInto('personSessions')
    .values({ id: secretHash(token), identityId, method, expiresAt })
    .execute();
  return { token, expiresAt };
}

export async function findPersonSession(
  db: Kysely<DB>,
  token: string,
  limits: PersonSessionLimits,
  now: Date = new Date(),
): Promise<PersonSessionLookup> {
  const sessionId = secretHash(token);
  const row = await db
    .selectFrom('personSessions')
    .innerJoin('eIdIdentities', 'eIdIdentities.id', 'personSessions.identityId')
    .select([
      'personSessions.identityId',
      'personSessions.method',
      'personSessions.locale',
      'personSessions.createdAt',
      'personSessions.lastSeenAt',
      'personSessions.expiresAt',
      'eIdIdentities.idNumber',
      'eIdIdentities.name',
    ])
    .where('personSessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return { status: 'unknown' };
  const pastAbsolute =
    row.expiresAt.getTime() <= now.getTime() ||
    row.createdAt.getTime() + limits.minutes * 60_000 <= now.getTime();
  const idleTooLong = row.lastSeenAt.getTime() + limits.idleMinutes * 60_000 <= now.getTime();
  if (pastAbsolute || idleTooLong) {
    await endPersonSession(db, sessionId);
    return { status: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchEveryMs) {
    await db.updateTable('personSessions').set({ lastSeenAt: now }).where('id', '=', sessionId).execute();
  }
  return {
    status: 'active',
    expiresAt: row.expiresAt,
    person: {
      sessionId,
      identityId: row.identityId,
      idNumber: row.idNumber,
      name: row.name,
      method: row.method,
      locale: row.locale,
    },
  };
}

export async function endPersonSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('personSessions').where('id', '=', sessionId).execute();
}

/** Sessions that have run out are cleared at each sign-in, so they do not pile up. */
export async function endExpiredPersonSessions(db: Kysely<DB>, now: Date = new Date()): Promise<void> {
  await db.deleteFrom('personSessions').where('expiresAt', '<=', now).execute();
}
