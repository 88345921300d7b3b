import type { SearchRefusalMessages } from './searchRefusals.sv.js';

export const searchRefusalsEn: SearchRefusalMessages = {
  caseNumberOnly: 'Search by case number, such as SIP-2026-00042 or 00042. Names cannot be searched here.',
  identityNumberInAddress:
    'That looks like an identity number. Personal data must not be in an address; search by case number.',
  caseNumberFormat: 'Write the case number as SIP-YYYY-NNNNN, for example SIP-2026-00042.',
  cursorUnreadable: 'The cursor for the next page cannot be read. Fetch the list from the start again.',
};
