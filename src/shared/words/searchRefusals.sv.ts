import type { Messages } from './messages.js';

/**
 * Swedish words of the refusals of a search of the case list or the access log, said by the server's schemas and
 * by the pages' filters alike; searchRefusals.en.ts mirrors every key.
 */
export const searchRefusalsSv = {
  caseNumberOnly:
    'Sök på ärendenummer, till exempel SIP-2026-00042 eller 00042. Namn går inte att söka på här.',
  identityNumberInAddress:
    'Det ser ut som ett personnummer. Personuppgifter får inte stå i en adress; sök på ärendenummer.',
  caseNumberFormat: 'Skriv ärendenumret som SIP-ÅÅÅÅ-NNNNN, till exempel SIP-2026-00042.',
  cursorUnreadable: 'Markören för nästa sida går inte att läsa. Hämta listan från början igen.',
};

export type SearchRefusalMessages = Messages<typeof searchRefusalsSv>;
