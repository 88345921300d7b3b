import { hostname } from 'node:os';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { instanceName } from './instance.js';

/**
 * Request bodies, cookies and authorisation headers may carry identity numbers, names or session tokens, so they
 * never reach the log: the request serializer keeps only method, route and ids, and these paths are redacted.
 */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'body',
  'password',
  'idNumber',
  '*.idNumber',
  '*.password',
];

/**
 * The server's logger; `destination` is for tests that read what was logged (standard output otherwise). Every
 * line names the instance (instance.ts), so the lines of many instances gathered in one place can be told apart
 * and a job's run found by the name the jobs table records.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  instance = instanceName(null),
): Logger {
  const options: LoggerOptions = {
    level,
    base: { pid: process.pid, hostname: hostname(), instance },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        method: req.method,
        route: req.routeOptions?.url,
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Database errors carry the offending values in `detail`; only what identifies the fault is kept.
      err: (err: Error & { code?: unknown }) => ({
        type: err.name,
        code: err.code,
        message: err.message,
        stack: err.stack,
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
