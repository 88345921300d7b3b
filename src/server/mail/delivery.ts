import { sql, type Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema.js';
import { defaultRetryPolicy, type RetryPolicy } from '../jobs/retry.js';
import { composeMail, type MailSettings } from './compose.js';

export interface DeliverySettings extends MailSettings {
  /** smtp(s)://user:password@host:port; without it mail is kept in the local outbox. */
  smtpUrl: string | null;
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
    .returning(['id', 'noticeId', 'toAddress', 'subject', 'textBody', 'ical', 'attempts'])
    .execute();
}

const calendarMethod = (ical: string) => /^METHOD:(\w+)/m.exec(ical)?.[1] ?? 'REQUEST';

/**
 * The delivery loop each server instance runs: composes queued mail once (kept, so a retry sends the same mail),
 * sends it over SMTP with retries and backoff, or — without SMTP — files it in the local outbox.
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
  // Which way mail goes, said once at start; never the address itself, which may hold the SMTP password.
  logger.info(transport ? 'mail is sent over SMTP' : 'mail is kept in the local outbox (no SMTP_URL)');

  /** The mail's text, composed on its first claim and kept, so every retry sends the same mail. */
  async function composed(mail: ClaimedMail) {
    if (mail.subject !== null && mail.textBody !== null) {
      return { subject: mail.subject, text: mail.textBody, ical: mail.ical };
    }
    const content = await composeMail(db, mail.noticeId, settings);
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
  }

  async function deliver(mail: ClaimedMail): Promise<void> {
    let messageId: string;
    try {
      const content = await composed(mail);
      if (!transport) {
        await db.updateTable('mailOutbox').set({ status: 'local' }).where('id', '=', mail.id).execute();
        return;
      }
      const info = (await transport.sendMail({
        from: { name: 'Samplan', address: settings.mailFrom },
        to: mail.toAddress,
        subject: content.subject,
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
      messageId = info.messageId;
    } catch (error) {
      await retryLater(mail, error);
      return;
    }
    // Outside the try: failing to record a mail that went out is not a failed send, and is not retried as one.
    await db
      .updateTable('mailOutbox')
      .set({ status: 'sent', sentAt: new Date(), messageId, lastError: '' })
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
