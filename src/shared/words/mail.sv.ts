import type { NoticeKind } from '../api/notifications.js';
import type { meetingForms } from '../api/vocabulary.js';
import type { Messages } from './messages.js';

/**
 * Swedish words of the mails a notice sends; mail.en.ts mirrors every key. A mail names units, the case number,
 * the meeting's time and form, a version or a date — never the person — so these are all its placeholders.
 */
export const mailSv = {
  kind: {
    invitation_new: {
      subject: 'Kallelse till SIP-möte – {{case}}',
      text: '{{unit}} är kallad till ett SIP-möte av {{convener}}.',
    },
    invitation_unanswered: {
      subject: 'Obesvarad kallelse – {{case}}',
      text: '{{unit}} har inte svarat på en kallelse till SIP-möte.',
    },
    meeting_changed: {
      subject: 'SIP-mötet är flyttat – {{case}}',
      text: 'Ett SIP-möte som er enhet är kallad till har ändrats. Ny tid:',
    },
    meeting_cancelled: {
      subject: 'SIP-mötet är inställt – {{case}}',
      text: 'Ett SIP-möte som er enhet var kallad till är inställt.',
    },
    meeting_tomorrow: {
      subject: 'SIP-möte i morgon – {{case}}',
      text: 'Påminnelse: er enhet deltar i ett SIP-möte i morgon.',
    },
    plan_established: {
      subject: 'Planen är fastställd – {{case}}',
      text: 'Den samordnade individuella planen som er enhet deltar i är fastställd.',
    },
    plan_changed: {
      subject: 'Planen är ändrad – {{case}}',
      text: 'Planen som er enhet deltar i är ändrad (version {{version}}).',
    },
    follow_up_due: {
      subject: 'Uppföljning närmar sig – {{case}}',
      text: 'Planen ska följas upp {{date}}.',
    },
    follow_up_overdue: {
      subject: 'Uppföljningen är försenad – {{case}}',
      text: 'Planen skulle ha följts upp {{date}} och har inte blivit det.',
    },
    consent_expiring: {
      subject: 'Samtycket upphör snart – {{case}}',
      text: 'Samtycket i en SIP som er enhet sammankallar upphör snart. Ta ställning till ett nytt samtycke.',
    },
    deviation_assigned: {
      subject: 'En avvikelse har tilldelats er',
      text: 'En avvikelse har lämnats till {{unit}} för åtgärd.',
    },
    discharge_invitation_due: {
      subject: 'Kallelse till SIP ska skickas',
      text: 'En patient som är utskrivningsklar ska kallas till SIP av {{unit}} inom tidsfristen.',
    },
  } satisfies Record<NoticeKind, { subject: string; text: string }>,
  /** Said after the meeting's time and form in a new kallelse. */
  answer: 'Kvittera och svara på kallelsen i Samplan.',
  time: 'Tid: {{when}}',
  form: 'Form: {{form}}',
  /** An in-person meeting's place may be the person's home: the mail says only that it is in Samplan. */
  meetingForm: {
    in_person: 'fysiskt möte (platsen står i Samplan)',
    phone: 'telefonmöte',
    video: 'videomöte',
  } satisfies Record<(typeof meetingForms)[number], string>,
  /** What a mail says when the notice lacks the fact. */
  anotherUnit: 'en annan enhet',
  followUpSoon: 'snart',
  followUpEarlier: 'tidigare',
  open: 'Öppna i Samplan: {{link}}',
  noPersonalData:
    'Det här meddelandet innehåller inga uppgifter om den enskilde; logga in i Samplan för att se ärendet.',
};

export type MailMessages = Messages<typeof mailSv>;
