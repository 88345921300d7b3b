import { keptLink } from '../components/shared/keptLink.js';

/**
 * What an individual shared with a unit: the mailed link `/gast#<token>`, kept while its staff member signs in (by
 * password, or through the county's identity provider and back) and chooses the unit it was sent to.
 */
export const unitGuestLink = keptLink('samplan.unitGuestLink', '/gast');
