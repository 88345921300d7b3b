import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
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
  const id = uuidv7();
  const inserted = await db
    .insertInto('notices')
    .values({
      id,
      kind: notice.kind,
      unitId: notice.unitId,
      userIds: JSON.stringify(notice.userIds ?? []),
      sipId: notice.sipId,
      meetingId: notice.meetingId ?? null,
      deviationId: notice.deviationId ?? null,
      dedupeKey: notice.dedupeKey,
      data: JSON.stringify(await noticeSnapshot(db, notice)),
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return;
  const addresses = await recipientAddresses(db, notice);
  if (addresses.length === 0) return;
  await db
    .insertInto('mailOutbox')
    .values(
      addresses.map((toAddress) => ({
        id: uuidv7(),
        noticeId: id,
        toAddress,
        subject: null,
        textBody: null,
        htmlBody: null,
        ical: null,
        sentAt: null,
        messageId: null,
      })),
    )
    .execute();
}
