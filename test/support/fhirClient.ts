import type { Bundle, OperationOutcome, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import type { ApiClient } from './apiClient.js';
import { expectValidFhir } from './fhirValidator.js';

/** A FHIR answer: its status, headers, and body as parsed JSON, typed as the test expects it. */
export interface FhirAnswer<T extends Resource> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A request to the FHIR API as a client of it sends one (Accept: application/fhir+json unless the test says
 * otherwise), through the given API client with its session cookie, if any. Every answer is checked against the
 * R4 definitions before the test sees it, refusals (OperationOutcome) included.
 */
export async function fhirRequest<T extends Resource = Resource>(
  client: ApiClient,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<FhirAnswer<T>> {
  const address = path.startsWith('http') ? path.slice(new URL(path).origin.length) : path;
  const {
    status,
    text,
    headers: received,
  } = await client.requestText(method, address, body, {
    accept: 'application/fhir+json',
    ...headers,
  });
  const parsed = JSON.parse(text) as T;
  expectValidFhir(parsed);
  return { status, headers: received, body: parsed };
}

export const fhirGet = <T extends Resource = Resource>(
  client: ApiClient,
  path: string,
  headers: Record<string, string> = {},
) => fhirRequest<T>(client, 'GET', path, headers);

/** The one issue of a refusal. */
export function issueOf(answer: FhirAnswer<Resource>): OperationOutcomeIssue {
  const outcome = answer.body as OperationOutcome;
  if (outcome.resourceType !== 'OperationOutcome')
    throw new Error(`not a refusal: ${answer.body.resourceType}`);
  return outcome.issue[0]!;
}

/** The ids of a Bundle's resources, in order. */
export const idsOf = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource?.id);

/** The path of a Bundle's link of this relation (`next`, `previous`, `self`), without the server's address. */
export function linkOf(bundle: Bundle, relation: string): string | undefined {
  const url = bundle.link?.find((l) => l.relation === relation)?.url;
  return url === undefined ? undefined : url.slice(new URL(url).origin.length);
}
