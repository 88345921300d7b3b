import type { Messages } from './messages.js';

/** Swedish words of the refusals of signing in, of a session and of a password; signInRefusals.en.ts mirrors every key. */
export const signInRefusalsSv = {
  notSignedIn: 'Du är inte inloggad, eller så har sessionen gått ut. Logga in igen.',
  sessionExpired:
    'Din session har gått ut, antingen för att du inte har använt Samplan på en stund eller för att du har varit inloggad länge. Logga in igen.',
  crossSiteRequest: 'Begäran kom från en annan webbplats och avvisades.',
  csrfTokenInvalid: 'Begäran saknade en giltig säkerhetstoken och avvisades. Ladda om sidan och försök igen.',
  noActiveUnit: 'Välj vilken enhet du arbetar för innan du fortsätter.',
  notYourUnit: 'Du har inget uppdrag i den enheten.',
  wrongCredentials: 'Fel användarnamn eller lösenord.',
  wrongCurrentPassword: 'Det nuvarande lösenordet stämmer inte.',
  noLocalPassword: 'Ditt konto har inget eget lösenord i Samplan; du loggar in via din organisation.',
  passwordSignInDisabled: 'Inloggning med lösenord är avstängd här. Logga in via din organisation.',
  rateLimited: 'För många inloggningsförsök från din adress. Vänta {{seconds}} sekunder och försök igen.',
  singleSignOnNotConfigured:
    'Inloggning via organisation är inte inställd i den här installationen av Samplan.',
  noCommission:
    'Din organisations inloggning gav inget uppdrag i någon enhet som finns i Samplan. Be din chef eller administratör att lägga upp uppdraget.',
  accountDisabled: 'Ditt konto i Samplan är avstängt. Kontakta din administratör.',
  accountConflict:
    'Ett annat konto i Samplan har redan ditt användarnamn. En administratör behöver reda ut vilket konto som är ditt.',
  locked:
    'För många misslyckade inloggningsförsök. Av säkerhetsskäl är inloggningen tillfälligt spärrad. Försök igen om {{minutes}} {{minuteWord}} (kl. {{time}}).',
  minute: { one: 'minut', other: 'minuter' },
  /** What a new password breaks, by the rule's code. */
  password: {
    too_short: 'Lösenordet måste ha minst {{length}} tecken.',
    single_character_class:
      'Lösenordet får inte bestå av bara en sorts tecken. Blanda till exempel bokstäver med siffror eller andra tecken.',
    same_as_username: 'Lösenordet får inte vara detsamma som användarnamnet.',
    same_as_current: 'Det nya lösenordet måste skilja sig från det nuvarande.',
    common_password: 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.',
  },
};

export type SignInRefusalMessages = Messages<typeof signInRefusalsSv>;
