import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { LocalisedText } from '../../domain/errors.js';
import { TIME_ZONE } from '../../domain/time/stockholm.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { signInRefusalsEn } from '../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

/**
 * Temporary lockout after repeated failed sign-ins, kept in the database so it holds across instances.
 *
 * Failures are counted per username and per client address. The username is counted as typed (lower-cased),
 * whether or not such a user exists, so a locked answer tells nothing about which usernames are real. The
 * address has its own, higher limit: many people in one office share an address, and it stops someone trying
 * one password against many usernames.
 */
export interface LockoutSettings {
  maxFailures: number;
  maxAddressFailures: number;
  /** How long a lock lasts, and also the window in which failures are counted. */
  lockMinutes: number;
}

export interface LoginSubject {
  subject: string;
  maxFailures: number;
}

export function loginSubjects(username: string, address: string, settings: LockoutSettings): LoginSubject[] {
  return [
    { subject: usernameSubject(username), maxFailures: settings.maxFailures },
    { subject: `address:${addressKey(address)}`, maxFailures: settings.maxAddressFailures },
  ];
}

/**
 * The client address as counted: IPv4 as is, IPv6 by its /64 network, since one subscriber is usually given a
 * whole /64 and could otherwise step to a fresh address after every lock.
 */
export function addressKey(ip: string): string {
  const address = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const zeros = address.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(Math.max(0, zeros)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}

export function usernameSubject(username: string): string {
  return `username:${username.trim().toLowerCase()}`;
}

/** The end of the latest lock on any of the subjects still running at `now`, or null when none is locked. */
export async function lockedUntil(
  db: Kysely<DB>,
  subjects: LoginSubject[],
  now: Date = new Date(),
): Promise<Date | null> {
  const row = await db
    .selectFrom('loginThrottles')
    .select((eb) => eb.fn.max('lockedUntil').as('until'))
    .where(
      'subject',
      'in',
      subjects.map((s) => s.subject),
    )
    .where('lockedUntil', '>', now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : null;
}

/**
 * Counts one failed attempt against each subject and locks those that reach their limit. Each count is one
 * upsert, so attempts arriving together on several instances are all counted. Returns the end of the lock when
 * this failure locked a subject, else null.
 */
export async function recordFailure(
  db: Kysely<DB>,
  subjects: LoginSubject[],
  settings: LockoutSettings,
  now: Date = new Date(),
): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - settings.lockMinutes * 60_000);
  const lockEnd = new Date(now.getTime() + settings.lockMinutes * 60_000);
  let locked: Date | null = null;
  for (const { subject, maxFailures } of subjects) {
    const locksAtOnce = maxFailures <= 1;
    const row = await db
      .insertInto('loginThrottles')
      .values({
        subject,
        failures: locksAtOnce ? 0 : 1,
        firstFailureAt: now,
        lockedUntil: locksAtOnce ? lockEnd : null,
      })
      .onConflict((oc) =>
        oc.column('subject').doUpdateSet((eb) => {
          // Earlier failures count while their window runs; after it, counting starts over.
          const counting = eb('loginThrottles.firstFailureAt', '>', windowStart);
          const counted = eb
            .case()
            .when(counting)
            .then(eb('loginThrottles.failures', '+', 1))
            .else(1)
            .end();
          const reachesLimit = eb(counted, '>=', maxFailures);
          return {
            // A lock uses up the failures that led to it, so once it has ended the count starts from nothing.
            failures: eb.case().when(reachesLimit).then(0).else(counted).end(),
            firstFailureAt: eb
              .case()
              .when(counting)
              .then(eb.ref('loginThrottles.firstFailureAt'))
              .else(now)
              .end(),
            lockedUntil: eb
              .case()
              .when(reachesLimit)
              .then(lockEnd)
              .else(eb.ref('loginThrottles.lockedUntil'))
              .end(),
          };
        }),
      )
      .returning(['lockedUntil'])
      .executeTakeFirstOrThrow();
    if (row.lockedUntil && row.lockedUntil.getTime() > now.getTime()) locked = row.lockedUntil;
  }
  await clearStale(db, windowStart, now);
  return locked;
}

/** A successful sign-in clears the username's count; the address keeps its own, or one good account would wipe it. */
export async function clearFailures(db: Kysely<DB>, username: string): Promise<void> {
  await db.deleteFrom('loginThrottles').where('subject', '=', usernameSubject(username)).execute();
}

/**
 * Rows whose window and lock are both over say nothing any more; clearing them keeps usernames someone merely
 * tried from piling up. Best effort: two instances clearing at once may conflict, and the next failure clears
 * what this one left.
 */
async function clearStale(db: Kysely<DB>, windowStart: Date, now: Date): Promise<void> {
  await db
    .deleteFrom('loginThrottles')
    .where('firstFailureAt', '<', windowStart)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now)]))
    .execute()
    .catch(() => undefined);
}

const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** The locked answer: when to try again, in minutes and as Swedish clock time, and nothing about the account. */
export function lockedMessage(until: Date, now: Date = new Date()): LocalisedText {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const time = clock.format(until);
  return bothLanguages(words, (said) =>
    fill(said.locked, { minutes, minuteWord: said.minute[minutes === 1 ? 'one' : 'other'], time }),
  );
}
