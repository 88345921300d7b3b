/** The case as a refusal names it: what was not found, or what cannot be changed. */
export const theSip = { sv: 'SIP:en', en: 'The SIP' };
