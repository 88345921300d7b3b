import { fill } from '../../shared/words/fill.js';
import { rivtaEn } from '../../shared/words/rivta.en.js';
import { rivtaSv } from '../../shared/words/rivta.sv.js';

type Words = typeof rivtaEn;
export type FaultKey = keyof Words['faults'];
export type InvalidKey = keyof Words['invalid'];

/** A text to a calling system in Swedish and then English, in one string: a fault or a result has one message. */
export function said(pick: (words: Words) => string, values: Record<string, string | number> = {}): string {
  return `${fill(pick(rivtaSv), values)} / ${fill(pick(rivtaEn), values)}`;
}

/**
 * A request that is not a SOAP 1.1 GetCarePlans message: answered with a SOAP fault, never with plans. A refusal
 * at the HTTP level (a caller not allowed, a body too large or not XML by its media type) keeps its HTTP status;
 * a fault about the message itself is 500, as SOAP 1.1 over HTTP sends every fault (SOAP 1.1 §6.2).
 */
export class SoapRefusal extends Error {
  constructor(
    readonly key: FaultKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(said((words) => words.faults[key], values));
  }

  get httpStatus(): number {
    return httpStatuses[this.key] ?? 500;
  }
}

const httpStatuses: Partial<Record<FaultKey, number>> = { notAllowed: 403, tooLarge: 413, mediaType: 415 };

/** A GetCarePlans request Samplan cannot answer: result ERROR with errorCode INVALID_REQUEST. */
export class InvalidRequest extends Error {
  constructor(
    readonly key: InvalidKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(said((words) => words.invalid[key], values));
  }
}
