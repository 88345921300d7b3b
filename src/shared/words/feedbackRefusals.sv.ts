import type { Messages } from './messages.js';

/** Swedish words of the refusals of feedback on a meeting; feedbackRefusals.en.ts mirrors every key. */
export const feedbackRefusalsSv = {
  meetingNotHeld: 'Feedback kan bara lämnas efter ett möte som har hållits. Registrera närvaron först.',
  linkUnknown: 'Länken fungerar inte. Kontrollera att hela adressen kom med, eller be om en ny länk.',
  alreadyGiven:
    'Den här länken har redan använts. Varje länk kan bara användas en gång. Tack för att du svarade!',
  linkExpired: 'Tiden för att svara med den här länken har gått ut.',
};

export type FeedbackRefusalMessages = Messages<typeof feedbackRefusalsSv>;
