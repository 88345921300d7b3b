import type { GuestStatus, GuestView } from '../../shared/api/guests.js';
import type { ListedGuest } from '../data/guests.js';

function statusOf(guest: ListedGuest, now: Date): GuestStatus {
  if (guest.revokedAt) return 'revoked';
  if (guest.expiresAt <= now) return 'expired';
  return guest.redeemedAt ? 'redeemed' : 'invited';
}

/** A grant as the individual and the case's staff read it: whom, what and until when; never the identity number. */
export function presentGuest(guest: ListedGuest, now = new Date()): GuestView {
  return {
    id: guest.id,
    kind: guest.kind,
    name: guest.name,
    scope: guest.scope,
    status: statusOf(guest, now),
    expiresAt: guest.expiresAt.toISOString(),
    redeemedAt: guest.redeemedAt?.toISOString() ?? null,
    revokedAt: guest.revokedAt?.toISOString() ?? null,
    unitName: guest.unitName,
    invitedBy: guest.invitedByUserId ? 'staff' : 'person',
    createdAt: guest.createdAt.toISOString(),
  };
}
