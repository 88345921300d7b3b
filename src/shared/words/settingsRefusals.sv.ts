import type { Messages } from './messages.js';

/** Swedish words of the refusals of the county's settings; settingsRefusals.en.ts mirrors every key. */
export const settingsRefusalsSv = {
  escalationUnitUnknown: 'Nivå {{level}} i eskaleringsvägen pekar på en enhet som inte finns.',
  mailNotConfigured:
    'Ingen e-postserver är inställd (SMTP_URL), så e-post sparas i den lokala utkorgen i stället för att skickas.',
};

export type SettingsRefusalMessages = Messages<typeof settingsRefusalsSv>;
