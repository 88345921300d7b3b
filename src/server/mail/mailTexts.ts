import type { LocalisedText } from '../../domain/errors.js';
import type { NoticeKind } from '../../shared/api/notifications.js';
import type { meetingForms } from '../../shared/api/vocabulary.js';

/** What a mail may say: units, the case number, the meeting's time and form, a version or a date. Nothing more. */
export interface MailFacts {
  caseNumber: string | null;
  receivingUnit: string;
  convener: string | null;
  meeting: { when: LocalisedText; form: (typeof meetingForms)[number] } | null;
  planVersion: number | null;
  followUpOn: string | null;
}

interface MailText {
  subject: LocalisedText;
  /** The Swedish lines, then the English ones. */
  lines: { sv: string[]; en: string[] };
}

const formNames: Record<(typeof meetingForms)[number], LocalisedText> = {
  in_person: { sv: 'fysiskt möte (platsen står i Samplan)', en: 'in person (the place is in Samplan)' },
  phone: { sv: 'telefonmöte', en: 'by phone' },
  video: { sv: 'videomöte', en: 'by video' },
};

/** The case number (SIP-2026-00012) is how staff name a case without naming the person. */
const caseLabel = (facts: MailFacts) => facts.caseNumber ?? 'SIP';

function meetingLines(facts: MailFacts): { sv: string[]; en: string[] } {
  if (!facts.meeting) return { sv: [], en: [] };
  const form = formNames[facts.meeting.form];
  return {
    sv: [`Tid: ${facts.meeting.when.sv}`, `Form: ${form.sv}`],
    en: [`Time: ${facts.meeting.when.en}`, `Form: ${form.en}`],
  };
}

type Compose = (facts: MailFacts) => MailText;

const texts: Record<NoticeKind, Compose> = {
  invitation_new: (facts) => ({
    subject: { sv: `Kallelse till SIP-möte – ${caseLabel(facts)}`, en: `Invitation to a SIP meeting` },
    lines: {
      sv: [
        `${facts.receivingUnit} är kallad till ett SIP-möte av ${facts.convener ?? 'en annan enhet'}.`,
        ...meetingLines(facts).sv,
        'Kvittera och svara på kallelsen i Samplan.',
      ],
      en: [
        `${facts.receivingUnit} is invited to a SIP meeting by ${facts.convener ?? 'another unit'}.`,
        ...meetingLines(facts).en,
        'Acknowledge and answer the invitation in Samplan.',
      ],
    },
  }),
  invitation_unanswered: (facts) => ({
    subject: { sv: `Obesvarad kallelse – ${caseLabel(facts)}`, en: 'Unanswered invitation' },
    lines: {
      sv: [`${facts.receivingUnit} har inte svarat på en kallelse till SIP-möte.`, ...meetingLines(facts).sv],
      en: [
        `${facts.receivingUnit} has not answered an invitation to a SIP meeting.`,
        ...meetingLines(facts).en,
      ],
    },
  }),
  meeting_changed: (facts) => ({
    subject: { sv: `SIP-mötet är flyttat – ${caseLabel(facts)}`, en: 'The SIP meeting has been moved' },
    lines: {
      sv: ['Ett SIP-möte som er enhet är kallad till har ändrats. Ny tid:', ...meetingLines(facts).sv],
      en: ['A SIP meeting your unit is invited to has changed. New time:', ...meetingLines(facts).en],
    },
  }),
  meeting_cancelled: (facts) => ({
    subject: { sv: `SIP-mötet är inställt – ${caseLabel(facts)}`, en: 'The SIP meeting is cancelled' },
    lines: {
      sv: ['Ett SIP-möte som er enhet var kallad till är inställt.', ...meetingLines(facts).sv],
      en: ['A SIP meeting your unit was invited to is cancelled.', ...meetingLines(facts).en],
    },
  }),
  meeting_tomorrow: (facts) => ({
    subject: { sv: `SIP-möte i morgon – ${caseLabel(facts)}`, en: 'SIP meeting tomorrow' },
    lines: {
      sv: ['Påminnelse: er enhet deltar i ett SIP-möte i morgon.', ...meetingLines(facts).sv],
      en: ['Reminder: your unit takes part in a SIP meeting tomorrow.', ...meetingLines(facts).en],
    },
  }),
  plan_established: (facts) => ({
    subject: { sv: `Planen är fastställd – ${caseLabel(facts)}`, en: 'The plan has been established' },
    lines: {
      sv: ['Den samordnade individuella planen som er enhet deltar i är fastställd.'],
      en: ['The coordinated individual plan your unit takes part in has been established.'],
    },
  }),
  plan_changed: (facts) => ({
    subject: { sv: `Planen är ändrad – ${caseLabel(facts)}`, en: 'The plan has been changed' },
    lines: {
      sv: [`Planen som er enhet deltar i är ändrad (version ${facts.planVersion ?? '–'}).`],
      en: [`The plan your unit takes part in has been changed (version ${facts.planVersion ?? '–'}).`],
    },
  }),
  follow_up_due: (facts) => ({
    subject: { sv: `Uppföljning närmar sig – ${caseLabel(facts)}`, en: 'A follow-up is coming up' },
    lines: {
      sv: [`Planen ska följas upp ${facts.followUpOn ?? 'snart'}.`],
      en: [`The plan is to be followed up on ${facts.followUpOn ?? 'soon'}.`],
    },
  }),
  follow_up_overdue: (facts) => ({
    subject: { sv: `Uppföljningen är försenad – ${caseLabel(facts)}`, en: 'A follow-up is overdue' },
    lines: {
      sv: [`Planen skulle ha följts upp ${facts.followUpOn ?? 'tidigare'} och har inte blivit det.`],
      en: [`The plan was due for follow-up on ${facts.followUpOn ?? 'an earlier date'} and has not been.`],
    },
  }),
  consent_expiring: (facts) => ({
    subject: { sv: `Samtycket upphör snart – ${caseLabel(facts)}`, en: 'The consent expires soon' },
    lines: {
      sv: ['Samtycket i en SIP som er enhet sammankallar upphör snart. Ta ställning till ett nytt samtycke.'],
      en: ['The consent in a SIP your unit convenes expires soon. Consider asking for a new consent.'],
    },
  }),
  deviation_assigned: (facts) => ({
    subject: { sv: 'En avvikelse har tilldelats er', en: 'A deviation has been assigned to you' },
    lines: {
      sv: [`En avvikelse har lämnats till ${facts.receivingUnit} för åtgärd.`],
      en: [`A deviation has been passed to ${facts.receivingUnit} to act on.`],
    },
  }),
  discharge_invitation_due: (facts) => ({
    subject: { sv: 'Kallelse till SIP ska skickas', en: 'A SIP invitation is due' },
    lines: {
      sv: [
        `En patient som är utskrivningsklar ska kallas till SIP av ${facts.receivingUnit} inom tidsfristen.`,
      ],
      en: [
        `A patient ready for discharge is to be invited to a SIP by ${facts.receivingUnit} within the deadline.`,
      ],
    },
  }),
};

/** The subject (Swedish, then English) and the text: Swedish first, an English part, the link, a footer. */
export function mailText(
  kind: NoticeKind,
  facts: MailFacts,
  link: string,
): { subject: string; text: string } {
  const { subject, lines } = texts[kind](facts);
  const text = [
    ...lines.sv,
    '',
    `Öppna i Samplan: ${link}`,
    '',
    '— In English —',
    ...lines.en,
    `Open in Samplan: ${link}`,
    '',
    'Det här meddelandet innehåller inga uppgifter om den enskilde; logga in i Samplan för att se ärendet.',
    'This message holds no details about the individual; sign in to Samplan to see the case.',
  ].join('\n');
  return { subject: `${subject.sv} / ${subject.en}`, text };
}
