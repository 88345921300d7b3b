import type { Messages } from './messages.js';

/**
 * Swedish words of the e-mail that invites a guest; guestMail.en.ts mirrors every key. The mail may be read by
 * anyone with the inbox, so it says only that someone invited you and where the link is: never whose SIP, a name,
 * a case number or anything about the person. The link works only for the one invited, signed in.
 */
export const guestMailSv = {
  subject: 'Inbjudan till Samplan',
  person: 'Du är inbjuden som gäst i en SIP, en samordnad individuell plan, i Samplan.',
  personSignIn: 'Öppna länken och logga in med din e-legitimation: {{link}}',
  unit: 'Er verksamhet är inbjuden som gäst i en SIP, en samordnad individuell plan, i Samplan.',
  unitSignIn: 'Öppna länken och logga in i Samplan för den verksamhet som bjöds in: {{link}}',
  once: 'Länken fungerar en gång och bara för den som bjöds in. Den slutar gälla {{date}}.',
  whyShort: 'Vi skriver aldrig mer än så här i e-post. Allt annat läser du när du har loggat in.',
  noReply: 'Du kan inte svara på det här meddelandet.',
};

export type GuestMailMessages = Messages<typeof guestMailSv>;
