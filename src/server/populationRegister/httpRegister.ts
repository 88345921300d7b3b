import { z } from 'zod';
import { requiredShortText, shortText } from '../../shared/fields.js';
import type { PopulationRegister, RegisterAnswer } from './populationRegister.js';

export interface HttpRegisterSettings {
  /** The county integration's address, which answers POST { idNumber } (README, "Population register"). */
  url: string;
  /** Sent as `Authorization: Bearer …` when set. */
  token: string | null;
  /** How long to wait for the whole answer before the page offers the manual path. */
  timeoutMs: number;
}

/** Text Samplan can store and show: no control characters (PostgreSQL's text cannot even hold NUL). */
const printable = (text: string) => [...text].every((c) => c >= ' ' && c !== '\u007f');
const name = requiredShortText.refine(printable);

/**
 * What the integration answers for a person it found. Fields beyond these are ignored. `protectedIdentity` must be
 * there: an answer that does not say is not read as "not protected" but as no answer at all.
 */
const found = z.object({
  givenName: name,
  familyName: name,
  protectedIdentity: z.boolean(),
  address: z.unknown(),
});
const address = shortText.refine(printable).nullable().optional();

/** More than any person's name and address: a larger answer is not one Samplan asked for. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * The county's integration over HTTP, with a JSON contract of Samplan's own. The identity number goes in the body,
 * never in the address, so the integration's access logs do not keep it. 404 means nobody; anything else that is
 * not a readable 200 — a timeout, a refused connection, another status, a redirect, malformed JSON — is an
 * unavailable register, so the page offers the manual path instead of failing.
 */
export function httpRegister(settings: HttpRegisterSettings): PopulationRegister {
  return {
    source: 'county',
    async lookUp(id): Promise<RegisterAnswer> {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (settings.token) headers.authorization = `Bearer ${settings.token}`;
      let text: string;
      let status: number;
      try {
        // The signal bounds the whole exchange, the body's reading included.
        const response = await fetch(settings.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ idNumber: id.value }),
          redirect: 'error',
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return { status: 'unavailable', problem: timedOut ? 'timeout' : 'unreachable' };
      }
      if (status === 404) return { status: 'not_found' };
      if (status !== 200) return { status: 'unavailable', problem: `status ${status}` };
      if (Buffer.byteLength(text) > MAX_ANSWER_BYTES) return { status: 'unavailable', problem: 'too large' };
      return readFound(text);
    },
  };
}

function readFound(text: string): RegisterAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'unavailable', problem: 'not json' };
  }
  const person = found.safeParse(json);
  if (!person.success) return { status: 'unavailable', problem: 'malformed' };
  const { givenName, familyName, protectedIdentity } = person.data;
  // A protected identity's address is not even read: whatever the integration sent is left behind.
  if (protectedIdentity)
    return { status: 'found', person: { givenName, familyName, address: '', protectedIdentity } };
  const line = address.safeParse(person.data.address);
  if (!line.success) return { status: 'unavailable', problem: 'malformed' };
  return { status: 'found', person: { givenName, familyName, address: line.data ?? '', protectedIdentity } };
}
