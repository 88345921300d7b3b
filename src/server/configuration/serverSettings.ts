import { instanceName } from '../instance.js';
import { refused } from './refusals.js';
import {
  address,
  flag,
  list,
  oneOf,
  positiveWholeNumber,
  settingsArea,
  text,
  variable,
  wholeNumber,
  type Reader,
} from './variables.js';

export const host = variable(text, '127.0.0.1');

const onOffWords = ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'];

/**
 * `true` trusts any proxy (only when Samplan cannot be reached but through one); better, a comma-separated list of
 * the proxies' addresses or CIDR ranges. Off by default, as a client could otherwise forge its own address.
 */
const proxies: Reader<boolean | string[]> = (value) =>
  onOffWords.includes(value.toLowerCase()) ? flag(value) : list(',', text)(value);

export const trustProxy = variable(proxies, false, { fallback: 'off' });

/** Where mail links point: refused at start rather than found as a broken link in every mail. */
const publicUrl: Reader<string> = (value) => {
  const url = address(
    ['http:', 'https:'],
    refused.httpAddress({ example: 'https://samplan.region.se' }),
  )(value);
  return typeof url === 'string' ? url.replace(/\/+$/, '') : url;
};

/** Where Samplan listens and how it runs: the address, the proxies in front, the log, the scheduler, the shutdown. */
export const serverSettings = settingsArea(
  {
    HOST: host,
    // 0 asks the system for any free port; the "ready" log line says which.
    PORT: variable(wholeNumber(0, 65_535), 3000),
    PUBLIC_URL: variable(publicUrl, 'http://localhost:3000'),
    TRUST_PROXY: trustProxy,
    LOG_LEVEL: variable(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
    COOKIE_SECURE: variable(flag, true),
    SHUTDOWN_GRACE_SECONDS: variable(positiveWholeNumber, 20),
    SCHEDULER: variable(flag, true),
    SCHEDULER_INTERVAL_SECONDS: variable(positiveWholeNumber, 30),
    INSTANCE_ID: variable(text, null),
  },
  (values) => ({
    host: values.HOST,
    port: values.PORT,
    publicUrl: values.PUBLIC_URL,
    trustProxy: values.TRUST_PROXY,
    logLevel: values.LOG_LEVEL,
    cookieSecure: values.COOKIE_SECURE,
    shutdownGraceSeconds: values.SHUTDOWN_GRACE_SECONDS,
    scheduler: values.SCHEDULER,
    schedulerIntervalSeconds: values.SCHEDULER_INTERVAL_SECONDS,
    instance: instanceName(values.INSTANCE_ID),
  }),
);
