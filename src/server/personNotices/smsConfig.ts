import type { Logger } from 'pino';
import { httpSmsSender } from './httpSmsSender.js';
import { logSmsSender } from './logSmsSender.js';
import type { SmsSender } from './smsSender.js';

/** Which SMS sender the delivery loop uses: the log (default) or a county's HTTP gateway. */
export type SmsConfig = { sender: 'log' } | { sender: 'http'; url: string; token: string };

/** `SMS_SENDER` (log | http), with `SMS_HTTP_URL` and `SMS_HTTP_TOKEN` for http; refused at start when unusable. */
export function readSmsConfig(env: NodeJS.ProcessEnv): SmsConfig {
  const sender = env.SMS_SENDER?.trim().toLowerCase() || 'log';
  if (sender === 'log') return { sender: 'log' };
  if (sender !== 'http') throw new Error('SMS_SENDER must be log or http');
  const url = env.SMS_HTTP_URL?.trim() ?? '';
  const token = env.SMS_HTTP_TOKEN?.trim() ?? '';
  if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol))
    throw new Error('SMS_SENDER=http needs SMS_HTTP_URL, an http or https address of the SMS gateway');
  if (token === '')
    throw new Error('SMS_SENDER=http needs SMS_HTTP_TOKEN, the bearer token of the SMS gateway');
  return { sender: 'http', url, token };
}

export function chooseSmsSender(config: SmsConfig, logger: Logger): SmsSender {
  return config.sender === 'http' ? httpSmsSender(config) : logSmsSender(logger);
}
