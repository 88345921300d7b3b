/**
 * How an SMS leaves Samplan. No SMS provider is built in: a county plugs its own in by configuration (`SMS_SENDER`),
 * and without one each SMS is only logged — by its outbox id, never by number or text — and kept in the outbox.
 */
export interface SmsSender {
  /** Sends one SMS; throws when it could not be handed over, so the delivery loop tries again later. */
  send(sms: OutgoingSms): Promise<SmsResult>;
}

export interface OutgoingSms {
  /** The outbox row's id: how a log line or a provider's receipt names the message without naming the person. */
  reference: string;
  to: string;
  text: string;
}

/** Handed to a provider (with its id for the message, when it gave one), or kept in the outbox as not sent. */
export type SmsResult = { status: 'sent'; messageId: string | null } | { status: 'local' };
