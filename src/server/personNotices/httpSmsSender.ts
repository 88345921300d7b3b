import type { SmsSender } from './smsSender.js';

export interface HttpSmsSettings {
  /** The county's SMS gateway, which takes `{ reference, to, text }` as JSON. */
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  token: string;
  timeoutMs?: number;
}

/**
 * A generic plug for an SMS gateway: POSTs the message as JSON with a bearer token. A 2xx answer is sent (with the
 * gateway's `id`, when its JSON answer has one); anything else throws, so the delivery loop retries. The error
 * names the status only, never the body, which may echo the number.
 */
export function httpSmsSender(settings: HttpSmsSettings): SmsSender {
  return {
    async send({ reference, to, text }) {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.token}` },
        body: JSON.stringify({ reference, to, text }),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`the SMS gateway answered ${String(response.status)}`);
      const answer: unknown = await response.json().catch(() => null);
      const id =
        typeof answer === 'object' && answer !== null && 'id' in answer && typeof answer.id === 'string'
          ? answer.id
          : null;
      return { status: 'sent', messageId: id };
    },
  };
}
