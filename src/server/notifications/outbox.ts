import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { mailStatuses, OutboxMail } from '../../shared/api/notifications.js';
import { outboxPage } from '../data/outbox.js';
import type { Actor } from '../sips/actor.js';

/** A page of the outbox as the administrator may read it, with how many mails there are in all. */
export async function readOutbox(
  db: Kysely<DB>,
  reader: Actor,
  filter: { page: number; status?: (typeof mailStatuses)[number] },
): Promise<{ mails: OutboxMail[]; total: number }> {
  const { mails, total } = await outboxPage(db, reader, filter);
  return {
    total,
    mails: mails.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      hasCalendar: row.ical !== null,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      unitName: row.unitName,
    })),
  };
}
