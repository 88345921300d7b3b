import type { Messages } from './messages.js';

/** Swedish, the product's first language. English mirrors these keys (app.en.ts) and the compiler checks it. */
export const appSv = {
  app: {
    name: 'Samplan',
    tagline: 'Samordnad individuell plan',
    skipToContent: 'Hoppa till innehållet',
    language: 'Language: English',
    loading: 'Laddar …',
    saving: 'Sparar …',
  },
  nav: {
    start: 'Start',
    newSip: 'Ny SIP',
    signOut: 'Logga ut',
    actingFor: 'Du arbetar för',
    changeUnit: 'Byt enhet',
    main: 'Huvudmeny',
    menu: 'Meny',
  },
  login: {
    title: 'Logga in',
    intro: 'Samplan samlar arbetet med samordnad individuell plan mellan region, kommun och andra aktörer.',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    blockedTitle: 'Inloggningen är tillfälligt spärrad',
    singleSignOn: 'Logga in med {{provider}}',
    orPassword: 'eller med användarnamn och lösenord',
    singleSignOnFailed: 'Inloggningen via din organisation gick inte igenom',
    singleSignOnErrors: {
      cancelled: 'Inloggningen avbröts. Försök igen när du vill.',
      expired: 'Inloggningen tog för lång tid eller startades i en annan webbläsare. Börja om.',
      failed:
        'Svaret från inloggningstjänsten kunde inte godtas. Börja om, och kontakta din administratör om det händer igen.',
      provider_unavailable: 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund.',
      no_commission:
        'Du har inget uppdrag i någon enhet som finns i Samplan. Be din chef eller administratör att lägga upp uppdraget.',
      account_disabled: 'Ditt konto i Samplan är avstängt. Kontakta din administratör.',
      account_conflict: 'Ett annat konto i Samplan har redan ditt användarnamn. Kontakta din administratör.',
    },
  },
  chooseUnit: {
    title: 'Välj enhet',
    intro: 'Du har uppdrag i flera enheter. Välj den enhet du arbetar för nu. Du kan byta senare.',
  },
  roles: {
    staff: 'Medarbetare',
    unit_manager: 'Enhetschef',
    organisation_admin: 'Organisationsadministratör',
    county_coordinator: 'Länssamordnare',
    system_admin: 'Systemadministratör',
  },
  errors: {
    network: 'Det gick inte att nå Samplan. Kontrollera nätverket och försök igen.',
    unknown: 'Något gick fel. Försök igen.',
    title: 'Det gick inte',
  },
};

export type MessageTree = Messages<typeof appSv>;
