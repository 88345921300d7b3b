import type { Logger } from 'pino';
import type { SmsSender } from './smsSender.js';

/**
 * The default sender, for a county without an SMS provider: writes that an SMS was due, naming only the outbox row,
 * and leaves the message in the outbox as 'local'. The number and the text stay out of the log: both are personal.
 */
export function logSmsSender(logger: Logger): SmsSender {
  return {
    send({ reference }) {
      logger.info({ outboxId: reference, channel: 'sms' }, 'sms kept in the outbox (no SMS provider)');
      return Promise.resolve({ status: 'local' });
    },
  };
}
