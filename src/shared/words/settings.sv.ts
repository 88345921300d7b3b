import type { Messages } from './messages.js';

/** Swedish texts under the `settings.` prefix; settings.en.ts mirrors every key (the compiler checks it). */
export const settingsSv = {
  nav: 'Länsinställningar',
  title: 'Länets inställningar',
  intro:
    'Tidsfrister och påminnelser enligt lag och länets överenskommelser, och vägen som avvikelser eskaleras längs. Ändringarna gäller direkt för alla och varje ändring sparas med vem som gjorde den.',
  loadFailed: 'Inställningarna kunde inte hämtas.',
  deadlines: {
    heading: 'Tidsfrister och påminnelser',
    days: 'dagar',
    dischargeInvitationDays: 'Kallelse till SIP efter utskrivningsklar',
    dischargeInvitationDaysHint: 'Kalenderdagar efter beskedet om utskrivningsklar (lagen: 3). 1–30.',
    invitationReminderDays: 'Påminnelse om obesvarad kallelse',
    invitationReminderDaysHint: 'Dagar efter att kallelsen skickades. 1–30.',
    followUpReminderDays: 'Påminnelse före uppföljning',
    followUpReminderDaysHint: 'Dagar före uppföljningsdatum. 1–60.',
    consentExpiryReminderDays: 'Påminnelse innan samtycket går ut',
    consentExpiryReminderDaysHint: 'Dagar innan samtycket slutar gälla. 1–90.',
  },
  personSide: {
    heading: 'Personens egen sida',
    intro:
      'Personen som SIP:en gäller, vårdnadshavare och gäster loggar in med e-legitimation och tar del av sin SIP.',
    childSignInAge: 'Egen inloggning för barn från',
    childSignInAgeHint:
      'Från den här åldern kan handläggaren ge ett barn egen inloggning för att läsa sin plan. 7–17 år.',
    years: 'år',
    guestDays: 'Så länge gäller en gästs åtkomst',
    guestDaysHint: 'Dagar, om personen inte väljer något annat när gästen bjuds in. 1–365.',
    personLogNamesStaff: 'Visa personalens namn i personens logg',
    personLogNamesStaffHint:
      'Personen ser vilka enheter och gäster som har öppnat planen. Utan markering visas bara enheten, inte vem.',
  },
  backup: {
    heading: 'Schemalagd säkerhetskopiering',
    intro:
      'Samplan skriver en säkerhetskopia av hela databasen varje dag, i den mapp som driften har valt (BACKUP_DIR). De äldsta tas bort när fler än det valda antalet finns; andra filer i mappen rörs aldrig.',
    scheduledBackups: 'Skriv en säkerhetskopia varje dag',
    scheduledBackupsHint: 'Utan markering skrivs inga schemalagda säkerhetskopior.',
    backupTime: 'Klockslag',
    backupTimeHint: 'Svensk tid. Kopian skrivs strax efter klockslaget, en gång per dag.',
    backupsKept: 'Antal säkerhetskopior som sparas',
    backupsKeptHint: 'De senaste sparas, de äldre tas bort. 1–365.',
    copies: 'kopior',
    never: 'Ingen schemalagd säkerhetskopia har skrivits än.',
    written: 'Senaste säkerhetskopian skrevs {{when}} ({{size}}).',
    failed:
      'Senaste säkerhetskopian misslyckades {{when}}. Den försöks igen några gånger; fortsätter felet står orsaken i loggen.',
    writing: 'En säkerhetskopia skrivs sedan {{when}}.',
  },
  path: {
    heading: 'Eskaleringsväg för avvikelser',
    intro:
      'Först hanterar chefen för enheten som avvikelsen gäller. Nivåerna nedan tar över i tur och ordning när en avvikelse eskaleras. En grupp registreras som en enhet, och dess medlemmar hanterar avvikelserna.',
    local: 'Nivå 0: enhetens chef (alltid först)',
    level: 'Nivå {{level}}',
    nameSv: 'Namn på svenska',
    nameEn: 'Namn på engelska',
    unit: 'Enhet som hanterar nivån',
    choose: 'Välj enhet …',
    add: 'Lägg till nivå',
    remove: 'Ta bort nivå {{level}}',
    up: 'Flytta nivå {{level}} upp',
    down: 'Flytta nivå {{level}} ned',
    empty: 'Ingen eskaleringsväg är inlagd: avvikelser hanteras bara av enhetens chef.',
  },
  testMail: {
    heading: 'E-post',
    intro: 'Skicka ett provmeddelande genom länets e-postserver för att se att e-posten når fram.',
    to: 'Skicka till e-postadress',
    send: 'Skicka provmeddelande',
    sent: 'Provmeddelandet är skickat till {{to}}. Kontrollera att det har kommit fram.',
    failed: 'Det gick inte att skicka: {{error}}',
    notConfigured:
      'Ingen e-postserver är inställd (SMTP_URL). E-post skickas därför inte utan sparas i den lokala utkorgen.',
  },
  save: 'Spara inställningar',
  saved: 'Inställningarna är sparade.',
  lastChanged: 'Senast ändrade {{when}} av {{name}}.',
  neverChanged: 'Inställningarna har inte ändrats sedan installationen.',
  changes: {
    heading: 'Senaste ändringar',
    when: 'När',
    by: 'Av',
    what: 'Ändrade inställningar',
    field: {
      dischargeInvitationDays: 'Kallelse efter utskrivningsklar',
      invitationReminderDays: 'Påminnelse om obesvarad kallelse',
      followUpReminderDays: 'Påminnelse före uppföljning',
      consentExpiryReminderDays: 'Påminnelse innan samtycket går ut',
      escalationPath: 'Eskaleringsväg',
      childSignInAge: 'Egen inloggning för barn från',
      personLogNamesStaff: 'Personalens namn i personens logg',
      guestDays: 'Så länge en gästs åtkomst gäller',
      scheduledBackups: 'Schemalagd säkerhetskopiering',
      backupTime: 'Klockslag för säkerhetskopian',
      backupsKept: 'Antal säkerhetskopior som sparas',
    },
    none: 'Inga ändringar i sak.',
  },
};

export type SettingsMessages = Messages<typeof settingsSv>;
