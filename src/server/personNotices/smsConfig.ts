import type { Logger } from 'pino';
import { refused } from '../configuration/refusals.js';
import { address, oneOf, settingsArea, text, variable } from '../configuration/variables.js';
import { httpSmsSender } from './httpSmsSender.js';
import { logSmsSender } from './logSmsSender.js';
import type { SmsSender } from './smsSender.js';

/** Which SMS sender the delivery loop uses: the log (default) or a county's HTTP gateway. */
export type SmsConfig = { sender: 'log' } | { sender: 'http'; url: string; token: string };

/** `SMS_SENDER` (log | http), with `SMS_HTTP_URL` and `SMS_HTTP_TOKEN` for http; refused at start when unusable. */
export const smsSettings = settingsArea(
  {
    SMS_SENDER: variable(oneOf(['log', 'http']), 'log'),
    SMS_HTTP_URL: variable(
      address(['http:', 'https:'], refused.httpAddress({ example: 'https://sms.region.se/send' })),
      null,
    ),
    SMS_HTTP_TOKEN: variable(text, null, { secret: 'value' }),
  },
  (values, refuse): SmsConfig => {
    if (values.SMS_SENDER === 'log') return { sender: 'log' };
    const needed = refused.requiredWithSetting({ setting: 'SMS_SENDER=http' });
    if (!values.SMS_HTTP_URL) return refuse('SMS_HTTP_URL', needed);
    if (!values.SMS_HTTP_TOKEN) return refuse('SMS_HTTP_TOKEN', needed);
    return { sender: 'http', url: values.SMS_HTTP_URL, token: values.SMS_HTTP_TOKEN };
  },
);

export function chooseSmsSender(config: SmsConfig, logger: Logger): SmsSender {
  return config.sender === 'http' ? httpSmsSender(config) : logSmsSender(logger);
}
