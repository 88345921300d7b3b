import nodemailer from 'nodemailer';
import { conflict } from '../../domain/errors.js';
import type { Config } from '../config.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { settingsRefusalsEn } from '../../shared/words/settingsRefusals.en.js';
import { settingsRefusalsSv } from '../../shared/words/settingsRefusals.sv.js';

const words = { sv: settingsRefusalsSv, en: settingsRefusalsEn };

export type MailConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>;

export interface TestMailOutcome {
  sent: boolean;
  /** The mail server's answer when it refused or could not be reached, for the administrator to act on. */
  error: string | null;
}

/**
 * Sends one plain mail to the given address over the configured SMTP server, at once and not through the outbox,
 * so the administrator sees straight away whether the server, its credentials and the sender address work. The
 * mail names nobody. Without SMTP_URL there is nothing to test: mail then stays in the local outbox.
 */
export async function sendTestMail(config: MailConfig, to: string): Promise<TestMailOutcome> {
  if (!config.smtpUrl) {
    throw conflict(
      'mail_not_configured',
      bothLanguages(words, (said) => said.mailNotConfigured),
    );
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  try {
    await transport.sendMail({
      from: { name: 'Samplan', address: config.mailFrom },
      to,
      subject: 'Provmeddelande från Samplan / Test message from Samplan',
      text: [
        'Det här är ett provmeddelande från Samplan. E-posten fungerar.',
        `Samplan: ${config.publicUrl}`,
        '',
        'This is a test message from Samplan. Mail works.',
      ].join('\n'),
    });
    return { sent: true, error: null };
  } catch (error) {
    return { sent: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
  } finally {
    transport.close();
  }
}
