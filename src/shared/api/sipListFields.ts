/**
 * The case list's limits and its case-number search rule, without the validator, so the web app can check a
 * search before it reaches the address without bundling the schemas (those are in sipList.ts).
 */

export const sipListPageSize = { standard: 50, max: 100 } as const;
export const dueWithinDaysMax = 365;
/** How far ahead the start page looks for follow-ups, so they can be booked in time. */
export const followUpHorizonDays = 14;

/** A piece of a case number such as SIP-2026-00042: part of the letters SIP, then digits and dashes. */
const CASE_NUMBER_PIECE = /^(SIP|SI|S|IP|I|P)?[0-9-]+$|^(SIP|SI|S|IP|I|P)$/i;
/** The shape of an identity number (personnummer or samordningsnummer), with or without century and dash. */
const IDENTITY_NUMBER = /\d{6}(\d{2})?-?\d{4}/;

/**
 * What is wrong with a case-number search, or null. Only what a case number can hold is accepted, so neither a
 * name nor an identity number can end up in an address, a log or the browser's history.
 */
export function caseNumberSearchProblem(text: string): { sv: string; en: string } | null {
  if (!CASE_NUMBER_PIECE.test(text)) {
    return {
      sv: 'Sök på ärendenummer, till exempel SIP-2026-00042 eller 00042. Namn går inte att söka på här.',
      en: 'Search by case number, such as SIP-2026-00042 or 00042. Names cannot be searched here.',
    };
  }
  if (IDENTITY_NUMBER.test(text)) {
    return {
      sv: 'Det ser ut som ett personnummer. Personuppgifter får inte stå i en adress; sök på ärendenummer.',
      en: 'That looks like an identity number. Personal data must not be in an address; search by case number.',
    };
  }
  return null;
}
