import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { DomainError, type RefusalKind } from '../../domain/errors.js';
import type { Role } from '../../shared/api/vocabulary.js';
import { personGuestKinds } from '../../shared/api/guests.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { guestRefusalsEn } from '../../shared/words/guestRefusals.en.js';
import { guestRefusalsSv, type GuestRefusalMessages } from '../../shared/words/guestRefusals.sv.js';
import { grantToRedeem, markRedeemed } from '../data/guests.js';
import { readGuestLinkToken } from './guestLink.js';

const words = { sv: guestRefusalsSv, en: guestRefusalsEn };

function refused(kind: RefusalKind, code: string, say: (said: GuestRefusalMessages) => string): DomainError {
  return new DomainError(kind, code, bothLanguages(words, say));
}

/** Who uses a link: a person signed in with e-ID, or a staff user acting for a unit. */
export type Redeemer =
  | { kind: 'person'; identityId: string; idNumber: string }
  | { kind: 'unit'; userId: string; unitId: string; role: Role };

/**
 * Uses a guest's link: only the one invited — the person with the identity number recorded at invitation, or
 * staff acting for the unit chosen then — once, before it runs out, and not after the individual revoked it. Each
 * refusal says which of these it is and changes nothing. Using one's own link again is no error: it leads back
 * to the case it already opened. Call it in a transaction; the grant's row is locked until it commits.
 */
export async function redeemGuestLink(
  db: Kysely<DB>,
  token: string,
  redeemer: Redeemer,
  now = new Date(),
): Promise<{ guestId: string; sipId: string; personId: string }> {
  const read = readGuestLinkToken(token);
  const grant = read && (await grantToRedeem(db, read.guestId));
  if (!read || !grant || (grant.linkTokenHash !== null && grant.linkTokenHash !== read.hash))
    throw refused('not_found', 'guest_link_unknown', (said) => said.linkUnknown);
  const forPerson = personGuestKinds.has(grant.kind);
  if (redeemer.kind === 'person' && !forPerson)
    throw refused('unprocessable', 'guest_link_for_unit', (said) => said.notForOrganisation);
  if (redeemer.kind === 'unit' && forPerson)
    throw refused('unprocessable', 'guest_link_for_person', (said) => said.notForPerson);
  if (grant.revokedAt !== null) throw refused('conflict', 'guest_revoked', (said) => said.guestRevoked);
  if (grant.expiresAt <= now) throw refused('conflict', 'guest_link_expired', (said) => said.linkExpired);
  const answer = { guestId: grant.id, sipId: grant.sipId, personId: grant.personId };
  if (grant.linkTokenHash === null) {
    // A unit's grant is the unit's: any of its staff may come back by the link.
    const usedByThem =
      redeemer.kind === 'person'
        ? grant.redeemedIdentityId === redeemer.identityId
        : grant.unitId === redeemer.unitId && worksWithCases(redeemer.role);
    if (usedByThem) return answer;
    throw refused('conflict', 'guest_link_used', (said) => said.linkUsed);
  }
  if (redeemer.kind === 'person' && grant.idNumber !== redeemer.idNumber)
    throw refused('forbidden', 'guest_link_other_person', (said) => said.otherPerson);
  if (redeemer.kind === 'unit' && grant.unitId !== redeemer.unitId)
    throw refused('forbidden', 'guest_link_other_unit', (said) => said.otherUnit);
  if (redeemer.kind === 'unit' && !worksWithCases(redeemer.role))
    throw refused('forbidden', 'guest_link_role', (said) => said.roleCannotUse);
  await markRedeemed(
    db,
    grant.id,
    redeemer.kind === 'person'
      ? { redeemedIdentityId: redeemer.identityId }
      : { redeemedUserId: redeemer.userId },
  );
  return answer;
}
