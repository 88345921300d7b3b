import type { LocalisedText } from '../../domain/errors.js';
import type { NoticeKind } from '../../shared/api/notifications.js';
import type { meetingForms } from '../../shared/api/vocabulary.js';
import type { Language } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { mailEn } from '../../shared/words/mail.en.js';
import { type MailMessages, mailSv } from '../../shared/words/mail.sv.js';

/** What a mail may say: units, the case number, the meeting's time and form, a version or a date. Nothing more. */
export interface MailFacts {
  caseNumber: string | null;
  receivingUnit: string;
  convener: string | null;
  meeting: { when: LocalisedText; form: (typeof meetingForms)[number] } | null;
  planVersion: number | null;
  followUpOn: string | null;
}

const mailWords: Record<Language, MailMessages> = { sv: mailSv, en: mailEn };

/** The mail's subject and lines in one language, its placeholders filled from the facts. */
function inLanguage(
  kind: NoticeKind,
  facts: MailFacts,
  language: Language,
): { subject: string; lines: string[] } {
  const words = mailWords[language];
  const values = {
    // The case number (SIP-2026-00012) is how staff name a case without naming the person.
    case: facts.caseNumber ?? 'SIP',
    unit: facts.receivingUnit,
    convener: facts.convener ?? words.anotherUnit,
    version: facts.planVersion ?? '–',
    date: facts.followUpOn ?? (kind === 'follow_up_overdue' ? words.followUpEarlier : words.followUpSoon),
  };
  const meeting = facts.meeting
    ? [
        fill(words.time, { when: facts.meeting.when[language] }),
        fill(words.form, { form: words.meetingForm[facts.meeting.form] }),
      ]
    : [];
  return {
    subject: fill(words.kind[kind].subject, values),
    lines: [
      fill(words.kind[kind].text, values),
      ...meeting,
      ...(kind === 'invitation_new' ? [words.answer] : []),
    ],
  };
}

/** The subject (Swedish, then English) and the text: Swedish first, an English part, the link, a footer. */
export function mailText(
  kind: NoticeKind,
  facts: MailFacts,
  link: string,
): { subject: string; text: string } {
  const sv = inLanguage(kind, facts, 'sv');
  const en = inLanguage(kind, facts, 'en');
  const text = [
    ...sv.lines,
    '',
    fill(mailSv.open, { link }),
    '',
    '— In English —',
    ...en.lines,
    fill(mailEn.open, { link }),
    '',
    mailSv.noPersonalData,
    mailEn.noPersonalData,
  ].join('\n');
  return { subject: `${sv.subject} / ${en.subject}`, text };
}
