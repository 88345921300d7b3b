import type { SettingsRefusalMessages } from './settingsRefusals.sv.js';

export const settingsRefusalsEn: SettingsRefusalMessages = {
  escalationUnitUnknown: 'Level {{level}} of the escalation path names a unit that does not exist.',
  mailNotConfigured:
    'No mail server is set (SMTP_URL), so mail is kept in the local outbox instead of being sent.',
};
