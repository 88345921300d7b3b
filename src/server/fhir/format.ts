import { fhirError } from './outcome.js';

/** The one format the API answers in (decision 0038: JSON only). */
export const fhirJson = 'application/fhir+json; charset=utf-8';

/**
 * What `_format` may name: R4's short form `json`, or a JSON media type. A `+` in a query is a space once decoded,
 * so `application/fhir json` is the same request written without percent-encoding.
 */
const jsonFormats = new Set(['json', 'application/json', 'application/fhir+json', 'application/fhir json']);

/** Media ranges of an Accept header that JSON satisfies. */
const jsonRanges = new Set(['*/*', 'application/*', 'application/json', 'application/fhir+json']);

function mediaTypeOf(range: string): string {
  return (range.split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether the range is refused outright by its quality (`q=0`). */
function refused(range: string): boolean {
  return /;\s*q\s*=\s*0(?:\.0{0,3})?\s*(?:;|$)/i.test(range);
}

/**
 * Refuses with 406 a request that asks for anything but JSON: `_format` decides when given (R4 lets it override
 * Accept, for clients that cannot set headers); otherwise Accept, when it has no range JSON satisfies. No Accept
 * at all takes what the server gives.
 */
export function ensureJsonAsked(format: string | undefined, accept: string | undefined): void {
  if (format !== undefined) {
    if (!jsonFormats.has(format.trim().toLowerCase())) throw fhirError(406, 'not-supported', 'notAcceptable');
    return;
  }
  if (accept === undefined || accept.trim() === '') return;
  const ranges = accept.split(',');
  if (!ranges.some((range) => jsonRanges.has(mediaTypeOf(range)) && !refused(range)))
    throw fhirError(406, 'not-supported', 'notAcceptable');
}
