import { describe, expect, it } from 'vitest';
import { noticeKinds } from '../../shared/api/notifications.js';
import { mailText, type MailFacts } from './mailTexts.js';

const link = 'https://samplan.example.se/sips/0190a3c4-0000-7000-8000-000000000001';

const facts: MailFacts = {
  caseNumber: 'SIP-2026-00012',
  receivingUnit: 'Vårdcentralen Åsen',
  convener: 'Individ- och familjeomsorgen Ekby',
  meeting: {
    when: { sv: 'måndag 7 december 2026 09:00–10:00', en: 'Monday, 7 December 2026 09:00–10:00' },
    form: 'in_person',
  },
  planVersion: 3,
  followUpOn: '2027-03-01',
};

describe('mail texts', () => {
  it.each(noticeKinds)(
    '%s: a subject in Swedish and English, both parts, the link, nothing left blank',
    (kind) => {
      const { subject, text } = mailText(kind, facts, link);
      expect(subject).toMatch(/ \/ /);
      expect(text).toContain(`Öppna i Samplan: ${link}`);
      expect(text).toContain(`Open in Samplan: ${link}`);
      expect(text).toContain('— In English —');
      for (const unfilled of ['undefined', 'null', '[object', '{{']) {
        expect(subject).not.toContain(unfilled);
        expect(text).not.toContain(unfilled);
      }
    },
  );

  it('says the form of an in-person meeting, never where it is', () => {
    const { text } = mailText('invitation_new', facts, link);
    expect(text).toContain('Tid: måndag 7 december 2026 09:00–10:00');
    expect(text).toContain('fysiskt möte (platsen står i Samplan)');
    expect(text).toContain('Time: Monday, 7 December 2026 09:00–10:00');
  });

  it('reads naturally without a case, a meeting or a date', () => {
    const bare: MailFacts = {
      caseNumber: null,
      receivingUnit: 'Vårdcentralen Åsen',
      convener: null,
      meeting: null,
      planVersion: null,
      followUpOn: null,
    };
    for (const kind of noticeKinds) {
      const { subject, text } = mailText(kind, bare, link);
      expect(`${subject}\n${text}`).not.toMatch(/undefined|null|Tid:|Time:/);
    }
  });
});
