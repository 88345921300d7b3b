import { z } from 'zod';

/**
 * A code from a code system a county has loaded (ICF, KSI, …), put beside the free text of a need, goal or effort
 * so plans can be counted by code and read by other systems. The free text stays what the plan says; a code only
 * classifies it. `display` is the code system's Swedish wording, taken from the loaded code, never typed by hand.
 */

/** A code system's identity: an absolute URI (`http://…`, `https://…`, `urn:oid:…`), as FHIR's Coding.system. */
export const codeSystemUri = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/, 'uri');
export const codeValue = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s](.*[^\s])?$/, 'code');
export const codeDisplay = z.string().trim().min(1).max(500);

export const codingSchema = z.strictObject({
  system: codeSystemUri,
  code: codeValue,
  display: codeDisplay,
});

export type Coding = z.infer<typeof codingSchema>;
