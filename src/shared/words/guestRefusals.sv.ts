import type { Messages } from './messages.js';

/**
 * Swedish words of the refusals about guests: inviting one, using the link, and reading as one. The individual
 * reads them, so they are plain words a 12-year-old can follow; guestRefusals.en.ts mirrors every key.
 */
export const guestRefusalsSv = {
  personNeedsIdNumber:
    'En närstående eller en god man eller förvaltare behöver ett personnummer, så att bara den personen kan använda länken.',
  personHasNoUnit:
    'En närstående eller en god man eller förvaltare bjuds in med personnummer, inte med en verksamhet.',
  organisationNeedsUnit:
    'En skola, Försäkringskassan och Arbetsförmedlingen bjuds in som en verksamhet. Välj vilken verksamhet.',
  organisationHasNoIdNumber: 'En verksamhet bjuds in utan personnummer. Ta bort personnumret.',
  unitNotRegistered: 'Den verksamheten finns inte i Samplan. Välj en verksamhet i listan.',
  tooManyDays: 'En gäst kan vara med i högst {{days}} dagar.',
  relativesNotAllowed:
    'Samtycket säger att närstående inte ska vara med. Då går det inte att bjuda in en närstående eller en god man eller förvaltare.',
  consentNotInForce:
    'Det finns inget samtycke som gäller just nu. En gäst kan bara bjudas in när den enskilde har gett sitt samtycke.',
  sipClosed: 'Den här SIP:en är avslutad. Det går inte att bjuda in någon mer.',
  guestNotFound: 'Det finns ingen sådan gäst i den här SIP:en.',
  linkUnknown: 'Den här länken fungerar inte. Kolla att du har med hela länken från mejlet.',
  linkExpired: 'Den här länken är för gammal och fungerar inte längre. Be om en ny inbjudan.',
  linkUsed: 'Den här länken har redan använts. En länk går bara att använda en gång.',
  guestRevoked: 'Inbjudan är återkallad. Du är inte längre gäst i den här SIP:en.',
  otherPerson:
    'Länken är till någon annan. Bara den som bjöds in kan använda den, inloggad med sin egen e-legitimation.',
  otherUnit: 'Länken är till en annan verksamhet. Välj den verksamhet som bjöds in och försök igen.',
  notForOrganisation:
    'Den här länken är till en verksamhet. Den används av personal som loggar in i Samplan.',
  roleCannotUse: 'Bara personal som arbetar med ärenden i verksamheten kan använda länken.',
  notForPerson: 'Den här länken är till en person. Den används på Mina sidor med e-legitimation.',
};

export type GuestRefusalMessages = Messages<typeof guestRefusalsSv>;
