import type { Messages } from './messages.js';

/** Swedish words of the refusals of an identity number; identityRefusals.en.ts mirrors every key. */
export const identityRefusalsSv = {
  format: 'Personnumret ska skrivas som ÅÅÅÅMMDD-NNNN (12 siffror) eller ÅÅMMDD-NNNN.',
  checksumOrDate: 'Personnumret är inte giltigt: kontrollsiffran eller datumet stämmer inte.',
  dateOutOfRange: 'Födelsedatumet i personnumret ligger i framtiden eller orimligt långt bak i tiden.',
  reserveFormat: 'Reservnumret ska vara 4–20 tecken: bokstäver A–Z, siffror och bindestreck.',
};

export type IdentityRefusalMessages = Messages<typeof identityRefusalsSv>;
