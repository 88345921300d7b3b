import { refused } from '../configuration/refusals.js';
import { address, settingsArea, text, variable } from '../configuration/variables.js';

/** How Samplan's mail leaves. */
export const mailSettings = settingsArea(
  {
    // Unset keeps mail in the local outbox that administrators read.
    SMTP_URL: variable(address(['smtp:', 'smtps:'], refused.smtpAddress()), null, { secret: 'password' }),
    MAIL_FROM: variable(text, 'samplan@localhost'),
  },
  (values) => ({ smtpUrl: values.SMTP_URL, mailFrom: values.MAIL_FROM }),
);
