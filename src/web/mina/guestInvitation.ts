import { keptLink } from '../components/shared/keptLink.js';

/** A guest's invitation link, `/mina/gast#<token>`, kept while the guest signs in with e-ID. */
export const guestInvitation = keptLink('samplan.guestInvitation', '/mina/gast');
