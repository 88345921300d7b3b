import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { queueComposedMessage } from '../data/personNotices.js';

/**
 * How Samplan sends a message to a person who is not a staff user — the individual, a guardian, a guest — by
 * e-mail or by SMS. The message is queued in the outbox inside the caller's transaction, so it stands or falls with
 * the change it announces, and the delivery loop sends it (SMTP, or the local outbox without; the configured SMS
 * sender). Its text must hold a link and nothing about the person: no name, identity number, case number, unit or
 * time. Each call returns the outbox row's id.
 */
export interface PersonNoticeSender {
  email(to: string, message: { subject: string; text: string }): Promise<string>;
  sms(to: string, message: { text: string }): Promise<string>;
}

/** The sender that queues in `db`: pass the transaction of the change. */
export function personNoticeSender(db: Kysely<DB>): PersonNoticeSender {
  return {
    email: (to, { subject, text }) =>
      queueComposedMessage(db, { channel: 'email', to: to.trim().toLowerCase(), subject, text }),
    sms: (to, { text }) => queueComposedMessage(db, { channel: 'sms', to: to.trim(), subject: null, text }),
  };
}
