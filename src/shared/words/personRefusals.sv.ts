import type { Messages } from './messages.js';

/**
 * Swedish words of the refusals on the individual's side, in plain words a 12-year-old can follow;
 * personRefusals.en.ts mirrors every key.
 */
export const personRefusalsSv = {
  notSignedIn: 'Du är inte inloggad, eller så har du varit borta en stund. Logga in igen med e-legitimation.',
  sessionExpired: 'Du har varit inloggad länge eller inte gjort något på en stund. Logga in igen.',
  rateLimited: 'Du har gjort för många försök på kort tid. Vänta {{seconds}} sekunder och försök igen.',
  eIdNotConfigured: 'Inloggning med e-legitimation är inte inställd här.',
  demoSignInOnlyInDemo: 'Provinloggningen finns bara i demoversionen av Samplan.',
  notADemoPerson: 'Det finns ingen sådan person i demoversionen.',
  /** Why an action was refused, by the access policy's code. */
  refused: {
    sip_closed: 'Den här SIP:en är avslutad. Du kan läsa den men inte ändra något.',
    sip_paused: 'Den här SIP:en är pausad just nu. Du kan inte ändra något förrän den fortsätter.',
    consent_not_in_force:
      'Det finns inget samtycke som gäller just nu, så det här går inte. Prata med din samordnare.',
    outside_guest_scope: 'Du är gäst och får inte se den här delen av SIP:en.',
    not_for_child: 'Det här får bara den du gör SIP:en med eller en vårdnadshavare göra.',
  },
};

export type PersonRefusalMessages = Messages<typeof personRefusalsSv>;
