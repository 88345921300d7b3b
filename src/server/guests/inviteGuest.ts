import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { decidePersonAction, type PersonSubject } from '../../domain/access/personPolicy.js';
import { DomainError, notFound, unprocessable } from '../../domain/errors.js';
import { parseIdNumber } from '../../domain/identity/idNumber.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import { personGuestKinds, type GuestView, type NewGuestBody } from '../../shared/api/guests.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { guestRefusalsEn } from '../../shared/words/guestRefusals.en.js';
import { guestRefusalsSv } from '../../shared/words/guestRefusals.sv.js';
import { existingUnits } from '../data/directory.js';
import { countyGuestDays, insertGuest, listedGuest } from '../data/guests.js';
import { personNoticeSender } from '../personNotices/sender.js';
import { theSip } from '../sips/theSip.js';
import { guestLink, newGuestLinkToken } from './guestLink.js';
import { consentForGuests, guestSubject } from './guestSubject.js';
import { guestInvitationMail } from './invitationMail.js';
import { presentGuest } from './presentGuest.js';

const words = { sv: guestRefusalsSv, en: guestRefusalsEn };
const dayMs = 86_400_000;

/** Who invites: the individual or a guardian signed in with e-ID, or a staff user with the individual's consent. */
export type Inviter = { invitedByIdentityId: string } | { invitedByUserId: string };

/**
 * Whether the consent in force would let this guest in, said as the refusal that explains why not; the individual
 * side's policy has the last word, so a guest invited here is one it lets read.
 */
function checkAdmissible(subject: PersonSubject): void {
  if (subject.phase === 'closed')
    throw new DomainError(
      'conflict',
      'sip_closed',
      bothLanguages(words, (said) => said.sipClosed),
    );
  if (subject.consent !== 'given')
    throw new DomainError(
      'forbidden',
      'consent_not_in_force',
      bothLanguages(words, (said) => said.consentNotInForce),
    );
  if (subject.guest?.relative && !subject.relativesMayTakePart)
    throw new DomainError(
      'forbidden',
      'relatives_not_allowed',
      bothLanguages(words, (said) => said.relativesNotAllowed),
    );
  if (!decidePersonAction('seeCase', subject).allowed) throw notFound(theSip);
}

/**
 * Lets a guest into the case: checked against the consent in force and the county's longest time, recorded with
 * its link's hash, and the link mailed (queued in this transaction, so mail and grant stand or fall together).
 * Call it in the transaction of the write; the answer is the grant as the guest list shows it.
 */
export async function inviteGuest(
  db: Kysely<DB>,
  sip: { id: string; phase: SipPhase },
  body: NewGuestBody,
  inviter: Inviter,
  publicUrl: string,
): Promise<GuestView> {
  const longest = await countyGuestDays(db);
  const days = body.days ?? longest;
  if (days > longest)
    throw unprocessable(
      'too_many_days',
      bothLanguages(words, (said) => fill(said.tooManyDays, { days: longest })),
      { field: 'days' },
    );
  checkAdmissible(guestSubject(body, sip, await consentForGuests(db, sip.id)));
  const isPerson = personGuestKinds.has(body.kind);
  // The schema already asked for exactly one of the two; here the number is checked as one and the unit as known.
  const idNumber = isPerson && body.idNumber !== undefined ? parseIdNumber(body.idNumber).value : null;
  const unitId = !isPerson && body.unitId !== undefined ? body.unitId : null;
  if (unitId !== null && !(await existingUnits(db, [unitId])).has(unitId))
    throw unprocessable(
      'unit_not_registered',
      bothLanguages(words, (said) => said.unitNotRegistered),
      { field: 'unitId' },
    );
  const id = uuidv7();
  const { token, hash } = newGuestLinkToken(id);
  const expiresAt = new Date(Date.now() + days * dayMs);
  await insertGuest(db, {
    id,
    sipId: sip.id,
    kind: body.kind,
    name: body.name,
    idNumber,
    unitId,
    email: body.email,
    scope: body.scope,
    expiresAt,
    linkTokenHash: hash,
    invitedByIdentityId: 'invitedByIdentityId' in inviter ? inviter.invitedByIdentityId : null,
    invitedByUserId: 'invitedByUserId' in inviter ? inviter.invitedByUserId : null,
  });
  const audience = isPerson ? 'person' : 'unit';
  await personNoticeSender(db).email(
    body.email,
    guestInvitationMail(audience, guestLink(publicUrl, audience, token), expiresAt),
  );
  return presentGuest((await listedGuest(db, sip.id, id))!);
}
