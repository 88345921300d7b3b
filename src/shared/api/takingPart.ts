import { z } from 'zod';
import { email, id, inBothLanguages, requiredShortText } from '../fields.js';
import { bothLanguages } from '../words/bothLanguages.js';
import { takingPartRefusalsEn } from '../words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../words/takingPartRefusals.sv.js';

/**
 * What staff record about who from the individual's side takes part in a case: the guardians, a child's own
 * sign-in, and where the individual's notices go.
 */

const words = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };

/**
 * A Swedish mobile number as people write it (070-123 45 67, +46 70 123 45 67, 0046701234567), kept in the one
 * form an SMS sender takes: +46 and nine digits. Mobile series begin 070, 072, 073, 076 and 079.
 */
export function swedishMobileNumber(written: string): string | null {
  const digits = written.replace(/[\s()-]/g, '');
  const national = /^(?:\+46|0046|0)(7[02369]\d{7})$/.exec(digits);
  return national ? `+46${national[1]}` : null;
}

/** A mobile number, or empty when none is given. */
export const mobile = z
  .string()
  .trim()
  .max(40)
  .refine(
    (written) => written === '' || swedishMobileNumber(written) !== null,
    inBothLanguages(bothLanguages(words, (said) => said.mobileFormat)),
  )
  .transform((written) => (written === '' ? '' : swedishMobileNumber(written)!));

const optionalEmail = z.union([z.literal(''), email]).default('');

/** A guardian staff record on a case; the identity number is sent in the body, never in an address. */
export const guardianBody = z.strictObject({
  name: requiredShortText,
  idNumber: z.string().trim().min(1).max(20),
  email: optionalEmail,
  mobile: mobile.default(''),
});

export const guardianParams = z.strictObject({ id, guardianId: id });

export const childSignInBody = z.strictObject({ allowed: z.boolean() });

/** Where the individual's notices go (a link only): both are replaced, an empty one removes it. */
export const personContactBody = z.strictObject({ email: optionalEmail, mobile: mobile.default('') });
