import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { GuestScopeValue, PersonConsentState, PersonSubject } from '../../domain/access/personPolicy.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { consentStateOf } from '../access/consentInForce.js';
import { latestConsent } from '../data/consents.js';
import { personGuestKinds, type GuestKind } from '../../shared/api/guests.js';

/** The case's consent as it lets guests in: in force or why not, and whether relatives may take part. */
export async function consentForGuests(
  db: Kysely<DB>,
  sipId: string,
  today = stockholmDate(),
): Promise<{ consent: PersonConsentState; relativesMayTakePart: boolean }> {
  const latest = await latestConsent(db, sipId);
  // A guest is let in by the individual's own choice, so the consent's list of units is not asked.
  const state = consentStateOf(latest && { ...latest, withdrawn: latest.withdrawnAt !== null }, true, today);
  return {
    consent: state === 'scope_excludes_unit' ? 'given' : state,
    relativesMayTakePart: latest?.relativesMayTakePart ?? false,
  };
}

/** A grant as the individual side's policy decides on it (personPolicy.ts): the one rule for every guest. */
export function guestSubject(
  grant: { kind: GuestKind; scope: GuestScopeValue },
  sip: { phase: SipPhase },
  consent: { consent: PersonConsentState; relativesMayTakePart: boolean },
): PersonSubject {
  return {
    relation: 'guest',
    guest: { scope: grant.scope, relative: personGuestKinds.has(grant.kind) },
    ...consent,
    phase: sip.phase,
  };
}
