import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { OutboxChannel, PersonNoticeKind } from '../../shared/personNotices.js';
import { insertPersonNotice, noticeAddresses, queuePersonNoticeMessages } from '../data/personNotices.js';

/** Something the people of a case must be told: by ids only, as the message is a link and nothing more. */
export interface PersonNotice {
  kind: PersonNoticeKind;
  sipId: string;
  meetingId?: string;
  planVersion?: number;
  /** A second notice with the same key is ignored, so a retried step or a sweep run twice tells nobody twice. */
  dedupeKey: string;
}

/**
 * Records a notice to the individual (an adult) or the recorded guardians (a child), and queues an e-mail to each
 * address and an SMS to each mobile number given; someone with neither gets nothing. Call it inside the transaction
 * of the change it announces. A person with protected identity is told too: the message says nothing either way.
 */
export async function noticePeople(db: Kysely<DB>, notice: PersonNotice, now = new Date()): Promise<void> {
  const id = await insertPersonNotice(db, {
    kind: notice.kind,
    sipId: notice.sipId,
    meetingId: notice.meetingId ?? null,
    planVersion: notice.planVersion ?? null,
    dedupeKey: notice.dedupeKey,
  });
  if (!id) return;
  const messages = new Map<string, { channel: OutboxChannel; to: string }>();
  for (const { email, mobile } of await noticeAddresses(db, notice.sipId, stockholmDate(now))) {
    const address = email.trim().toLowerCase();
    const number = mobile.trim();
    if (address !== '') messages.set(`email:${address}`, { channel: 'email', to: address });
    if (number !== '') messages.set(`sms:${number}`, { channel: 'sms', to: number });
  }
  await queuePersonNoticeMessages(db, id, [...messages.values()]);
}
