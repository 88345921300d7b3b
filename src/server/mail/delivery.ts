import { sql, type Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema.js';
import { defaultRetryPolicy, type RetryPolicy } from '../jobs/retry.js';
import { personNoticeKind } from '../data/personNotices.js';
import { personMessage } from '../personNotices/personMessage.js';
import { chooseSmsSender, type SmsConfig } from '../personNotices/smsConfig.js';
import { composeMail, type MailSettings } from './compose.js';
import { mailDeliveryFailures } from '../metrics/instruments.js';

export interface DeliverySettings extends MailSettings {
  /** smtp(s)://user:password@host:port; without it mail is kept in the local outbox. */
  smtpUrl: string | null;
  /** How SMS to the individual and guardians leave; the log sender when not given. */
  sms?: SmsConfig;
}

export interface DeliveryOptions {
  pollMs?: number;
  /** How often a mail is tried and how long to wait between tries; the jobs' policy unless given. */
  retry?: RetryPolicy;
}

export interface MailDelivery {
  /** Claims and delivers every due mail once; for the loop, and for tests that want no waiting. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** A claimed row is not due again for this long, so a sender that died mid-send has its mail retried. */
const leaseSeconds = 300;
const batchSize = 20;

type ClaimedMail = Awaited<ReturnType<typeof claim>>[number];

/**
 * Takes a batch of due mail for this instance alone: rows another instance holds are skipped (SKIP LOCKED), and
 * the claim moves their next attempt ahead, so no other instance picks them up after this commit either.
 */
function claim(db: Kysely<DB>) {
  return db
    .updateTable('mailOutbox')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      nextAttemptAt: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
    }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('mailOutbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('nextAttemptAt', '<=', sql<Date>`now()`)
        .orderBy('nextAttemptAt')
        .limit(batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returning([
      'id',
      'noticeId',
      'personNoticeId',
      'channel',
      'toAddress',
      'subject',
      'textBody',
      'ical',
      'attempts',
    ])
    .execute();
}

/** What is sent: an SMS has no subject and no calendar. */
interface Message {
  subject: string | null;
  text: string;
  ical: string | null;
}

const calendarMethod = (ical: string) => /^METHOD:(\w+)/m.exec(ical)?.[1] ?? 'REQUEST';

/**
 * The delivery loop each server instance runs: composes queued mail once (kept, so a retry sends the same mail),
 * sends it over SMTP with retries and backoff, or — without SMTP — files it in the local outbox. SMS to the
 * individual and guardians go the same way, through the configured SMS sender.
 */
export function startMailDelivery(
  db: Kysely<DB>,
  settings: DeliverySettings,
  logger: Logger,
  options: DeliveryOptions = {},
): MailDelivery {
  const pollMs = options.pollMs ?? 2000;
  const retry = options.retry ?? defaultRetryPolicy;
  const transport: Transporter | null = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl)
    : null;
  const smsSender = chooseSmsSender(settings.sms ?? { sender: 'log' }, logger);
  // Which way mail goes, said once at start; never the address itself, which may hold the SMTP password.
  logger.info(transport ? 'mail is sent over SMTP' : 'mail is kept in the local outbox (no SMTP_URL)');

  /** What a row says when its caller left the composing to the loop: a staff notice's mail or a person notice's. */
  async function compose(mail: ClaimedMail) {
    if (mail.noticeId !== null) return composeMail(db, mail.noticeId, settings);
    if (mail.personNoticeId === null) throw new Error('an outbox row with nothing to send');
    const { kind } = await personNoticeKind(db, mail.personNoticeId);
    return { ...personMessage(kind, mail.channel, settings.publicUrl), ical: null };
  }

  /** The message's text, composed on its first claim and kept, so every retry sends the same message. */
  async function composed(mail: ClaimedMail): Promise<Message> {
    if (mail.textBody !== null && (mail.subject !== null || mail.channel === 'sms')) {
      return { subject: mail.subject, text: mail.textBody, ical: mail.ical };
    }
    const content = await compose(mail);
    await db
      .updateTable('mailOutbox')
      .set({ subject: content.subject, textBody: content.text, ical: content.ical })
      .where('id', '=', mail.id)
      .execute();
    return content;
  }

  async function retryLater(mail: ClaimedMail, error: unknown): Promise<void> {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const givingUp = mail.attempts >= retry.maxAttempts;
    const delaySeconds = retry.delaySeconds(mail.attempts);
    await db
      .updateTable('mailOutbox')
      .set({
        status: givingUp ? 'failed' : 'pending',
        lastError,
        nextAttemptAt: sql<Date>`now() + make_interval(secs => ${delaySeconds})`,
      })
      .where('id', '=', mail.id)
      .execute();
    // The address stays out of the log: it names a person.
    logger.warn({ mailId: mail.id, attempts: mail.attempts, givingUp }, 'mail delivery failed');
    mailDeliveryFailures.inc({ channel: mail.channel, outcome: givingUp ? 'failed' : 'retry' });
  }

  /** Hands the message over: an SMS to the SMS sender, a mail to SMTP; 'local' when it is kept in the outbox. */
  async function send(
    mail: ClaimedMail,
    content: Message,
  ): Promise<{ status: 'sent'; messageId: string | null } | { status: 'local' }> {
    if (mail.channel === 'sms') {
      return smsSender.send({ reference: mail.id, to: mail.toAddress, text: content.text });
    }
    if (!transport) return { status: 'local' };
    const info = (await transport.sendMail({
      from: { name: 'Samplan', address: settings.mailFrom },
      to: mail.toAddress,
      subject: content.subject ?? '',
      text: content.text,
      ...(content.ical
        ? {
            icalEvent: {
              method: calendarMethod(content.ical),
              filename: 'sip-mote.ics',
              content: content.ical,
            },
          }
        : {}),
    })) as { messageId: string };
    return { status: 'sent', messageId: info.messageId };
  }

  async function deliver(mail: ClaimedMail): Promise<void> {
    let result: Awaited<ReturnType<typeof send>>;
    try {
      result = await send(mail, await composed(mail));
    } catch (error) {
      await retryLater(mail, error);
      return;
    }
    // Outside the try: failing to record a message that went out is not a failed send, and is not retried as one.
    await db
      .updateTable('mailOutbox')
      .set(
        result.status === 'local'
          ? { status: 'local' }
          : { status: 'sent', sentAt: new Date(), messageId: result.messageId, lastError: '' },
      )
      .where('id', '=', mail.id)
      .execute();
  }

  async function runOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await claim(db);
      if (batch.length === 0) return delivered;
      for (const mail of batch) await deliver(mail);
      delivered += batch.length;
    }
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runOnce()
      .catch((error: unknown) => logger.error({ err: error }, 'mail delivery round failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport?.close();
    },
  };
}
