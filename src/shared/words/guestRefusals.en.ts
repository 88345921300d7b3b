import type { GuestRefusalMessages } from './guestRefusals.sv.js';

export const guestRefusalsEn: GuestRefusalMessages = {
  personNeedsIdNumber:
    'A relative, or a trustee (god man or förvaltare), needs an identity number, so that only that person can use the link.',
  personHasNoUnit: 'A relative or a trustee is invited by identity number, not as a unit.',
  organisationNeedsUnit:
    'A school, Försäkringskassan and Arbetsförmedlingen are invited as a unit. Choose which unit.',
  organisationHasNoIdNumber: 'A unit is invited without an identity number. Remove the identity number.',
  unitNotRegistered: 'That unit is not in Samplan. Choose a unit from the list.',
  tooManyDays: 'A guest can take part for at most {{days}} days.',
  relativesNotAllowed:
    'The consent says relatives should not take part, so a relative or a trustee cannot be invited.',
  consentNotInForce:
    'There is no consent in force right now. A guest can only be invited when the individual has given consent.',
  sipClosed: 'This SIP is closed. Nobody more can be invited.',
  guestNotFound: 'There is no such guest in this SIP.',
  linkUnknown: 'This link does not work. Check that you have the whole link from the e-mail.',
  linkExpired: 'This link is too old and no longer works. Ask for a new invitation.',
  linkUsed: 'This link has already been used. A link can only be used once.',
  guestRevoked: 'The invitation has been revoked. You are no longer a guest in this SIP.',
  otherPerson:
    'The link is for someone else. Only the person invited can use it, signed in with their own e-ID.',
  otherUnit: 'The link is for another unit. Choose the unit that was invited and try again.',
  notForOrganisation: 'This link is for a unit. It is used by staff who sign in to Samplan.',
  roleCannotUse: 'Only staff who work with cases in the unit can use the link.',
  notForPerson: 'This link is for a person. It is used on My pages with e-ID.',
};
