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
  /** The individual's own pages. */
  versionMissing: 'Den versionen av planen finns inte.',
  notTheVersionInForce: 'Det finns en nyare version av planen. Du kan bara godkänna den plan som gäller nu.',
  alreadyApprovedWithEId: 'Den här versionen av planen är redan godkänd med e-legitimation.',
  meetingNotToAnswer: 'Det mötet går inte att svara på. Det kan ha flyttats, ställts in eller redan varit.',
  feedbackMeetingNotHeld: 'Du kan bara tycka till om ett möte som har hållits och där du var med.',
  pictureUnreadable: 'Bilden gick inte att läsa. Försök att välja den igen.',
  pictureTooLarge: 'Bilden är för stor. Den får vara högst {{megabytes}} MB. Prova en mindre bild.',
  pictureWrongType:
    'Det där är inte en bild som går att spara här. Välj en PNG- eller JPEG-bild (till exempel ett foto).',
  noPicture: 'Det finns ingen bild.',
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
