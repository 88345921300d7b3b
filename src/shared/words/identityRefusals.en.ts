import type { IdentityRefusalMessages } from './identityRefusals.sv.js';

export const identityRefusalsEn: IdentityRefusalMessages = {
  format: 'The identity number must be written as YYYYMMDD-NNNN (12 digits) or YYMMDD-NNNN.',
  checksumOrDate: 'The identity number is not valid: the check digit or the date is wrong.',
  dateOutOfRange: 'The date of birth in the identity number is in the future or implausibly far back.',
  reserveFormat: 'A reserve number is 4–20 characters: letters A–Z, digits and hyphens.',
};
