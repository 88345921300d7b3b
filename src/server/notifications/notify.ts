import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { insertNotice, queueMails } from '../data/notices.js';
import type { Notice } from './notice.js';
import { recipientAddresses } from './recipients.js';
import { noticeSnapshot } from './snapshot.js';

/**
 * Records a notice and queues one mail per recipient. Call it inside the transaction of the change it announces,
 * so the notice stands or falls with the change. A notice whose dedupe key was used before is ignored. The mail is
 * composed and sent (or kept in the local outbox) by the delivery loop, never here, so a slow mail server cannot
 * hold a case's transaction open.
 */
export async function notify(db: Kysely<DB>, notice: Notice): Promise<void> {
  const noticeId = await insertNotice(db, {
    kind: notice.kind,
    unitId: notice.unitId,
    userIds: notice.userIds ?? [],
    sipId: notice.sipId,
    meetingId: notice.meetingId ?? null,
    deviationId: notice.deviationId ?? null,
    dedupeKey: notice.dedupeKey,
    data: await noticeSnapshot(db, notice),
  });
  if (!noticeId) return;
  await queueMails(db, noticeId, await recipientAddresses(db, notice));
}
