/**
 * A guest's invitation link (`/mina/gast#<token>`) carries its token after the `#`, which the browser never sends
 * to a server. The token is kept in this tab's sessionStorage while the guest signs in with e-ID (a trip to the
 * broker and back), and taken out when it is redeemed.
 */
const storageKey = 'samplan.guestInvitation';

export const invitationPath = '/mina/gast';

export function keepInvitation(token: string): void {
  sessionStorage.setItem(storageKey, token);
}

export function keptInvitation(): string | null {
  return sessionStorage.getItem(storageKey);
}

export function forgetInvitation(): void {
  sessionStorage.removeItem(storageKey);
}
