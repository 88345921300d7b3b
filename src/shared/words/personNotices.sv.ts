import type { PersonNoticeKind } from '../personNotices.js';
import type { Messages } from './messages.js';

/**
 * Swedish words of the e-mail and SMS the individual and the guardians get; personNotices.en.ts mirrors every key.
 * A message may land on a shared screen or a phone's lock screen, so it says only that there is something new and
 * where to read it: never a name, a case number, a unit, a time or anything about the person. The one placeholder
 * is the link.
 */
export const personNoticesSv = {
  subject: 'Nytt meddelande i Samplan',
  kind: {
    meeting_invitation: 'Du är bjuden till ett möte om din SIP.',
    meeting_moved: 'Ett möte om din SIP har fått en ny tid.',
    meeting_cancelled: 'Ett möte om din SIP är inställt.',
    plan_to_approve: 'Det finns en ny plan som du kan läsa och godkänna.',
    meeting_reminder: 'Snart är det möte om din SIP.',
    approval_reminder: 'En plan väntar på att du läser den och säger vad du tycker.',
  } satisfies Record<PersonNoticeKind, string>,
  read: 'Logga in och läs mer: {{link}}',
  whyShort: 'Vi skriver aldrig mer än så här i e-post eller sms. Allt annat läser du när du har loggat in.',
  noReply: 'Du kan inte svara på det här meddelandet.',
  /** The SMS, one short line: the start of the text tells who sends it. */
  sms: 'Samplan: {{line}} Läs mer: {{link}}',
};

export type PersonNoticeMessages = Messages<typeof personNoticesSv>;
