import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  decidePersonAction,
  type PersonAction,
  type PersonSubject,
} from '../../domain/access/personPolicy.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { notFound } from '../../domain/errors.js';
import { liveUnitGrant, liveUnitGrants, type LiveUnitGrant } from '../data/guests.js';
import type { Actor } from '../sips/actor.js';
import { theSip } from '../sips/theSip.js';
import { consentForGuests, guestSubject } from './guestSubject.js';

/** An organisation guest's grant as its unit's staff read by it, with what the individual side's policy allows. */
export interface UnitGrantStanding {
  grant: LiveUnitGrant;
  may: (action: PersonAction) => boolean;
}

/** The grant as the individual side's policy sees it now; null when that policy would not let the guest in. */
async function readableSubject(db: Kysely<DB>, grant: LiveUnitGrant): Promise<PersonSubject | null> {
  const subject = guestSubject(grant, grant, await consentForGuests(db, grant.sipId));
  return decidePersonAction('seeCase', subject).allowed ? subject : null;
}

/**
 * The route policy `guestGrant`: the grant named by the `:id` is the acting unit's, its link used, neither revoked
 * nor run out, and the individual side's policy lets such a guest see the case now (consent in force, not
 * closed). To anyone else it is a 404 like a wrong id.
 */
export async function authorizeUnitGrant(
  db: Kysely<DB>,
  guestId: string,
  actor: Actor,
): Promise<UnitGrantStanding> {
  const grant = worksWithCases(actor.role) ? await liveUnitGrant(db, actor.unitId, guestId) : undefined;
  const subject = grant && (await readableSubject(db, grant));
  if (!grant || !subject) throw notFound(theSip);
  return { grant, may: (action) => decidePersonAction(action, subject).allowed };
}

/**
 * The SIPs shared with the acting unit that it may read now, by the same rule as `authorizeUnitGrant`, so the
 * list never shows a case its own address would answer 404 for.
 */
export async function sharedWithUnit(db: Kysely<DB>, actor: Actor): Promise<LiveUnitGrant[]> {
  if (!worksWithCases(actor.role)) return [];
  const readable: LiveUnitGrant[] = [];
  for (const grant of await liveUnitGrants(db, actor.unitId)) {
    if (await readableSubject(db, grant)) readable.push(grant);
  }
  return readable;
}
