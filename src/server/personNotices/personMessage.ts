import type { OutboxChannel, PersonNoticeKind } from '../../shared/personNotices.js';
import { fill } from '../../shared/words/fill.js';
import { personNoticesEn } from '../../shared/words/personNotices.en.js';
import { personNoticesSv } from '../../shared/words/personNotices.sv.js';

/** Where the individual's side begins: every message links there, and sign-in shows the rest. */
export const personLink = (publicUrl: string) => `${publicUrl}/mina`;

/**
 * The message of a person notice: what kind of news, and the link — Swedish first, then English. Built from the
 * kind and Samplan's address alone, so it cannot carry anything about the person, however it is called.
 */
export function personMessage(
  kind: PersonNoticeKind,
  channel: OutboxChannel,
  publicUrl: string,
): { subject: string | null; text: string } {
  const link = personLink(publicUrl);
  if (channel === 'sms')
    return { subject: null, text: fill(personNoticesSv.sms, { line: personNoticesSv.kind[kind], link }) };
  const text = [
    personNoticesSv.kind[kind],
    fill(personNoticesSv.read, { link }),
    '',
    personNoticesSv.whyShort,
    personNoticesSv.noReply,
    '',
    '— In English —',
    personNoticesEn.kind[kind],
    fill(personNoticesEn.read, { link }),
    personNoticesEn.whyShort,
    personNoticesEn.noReply,
  ].join('\n');
  return { subject: `${personNoticesSv.subject} / ${personNoticesEn.subject}`, text };
}
