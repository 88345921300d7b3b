import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isTransactionConflict } from '../../db/transaction.js';
import { DomainError } from '../../domain/errors.js';
import { requestLanguage } from '../language.js';
import { fhirJson } from './format.js';
import { FhirError, operationOutcome, said, type IssueType } from './outcome.js';

/** The domain's refusals, from the JSON API's own checks (the case policy above all), as FHIR says them. */
const issueOfKind: Record<DomainError['kind'], { status: 401 | 403 | 404 | 409 | 422; issue: IssueType }> = {
  unauthenticated: { status: 401, issue: 'login' },
  forbidden: { status: 403, issue: 'forbidden' },
  not_found: { status: 404, issue: 'not-found' },
  conflict: { status: 409, issue: 'conflict' },
  unprocessable: { status: 422, issue: 'business-rule' },
};

/** The error as the refusal to answer: status, issue type, the text in both languages, and any headers. */
function refusalOf(error: FastifyError): FhirError {
  if (error instanceof FhirError) return error;
  if (error instanceof DomainError) {
    const { status, issue } = issueOfKind[error.kind];
    return new FhirError(status, issue, error.text);
  }
  if (error.statusCode === 415) return new FhirError(415, 'not-supported', said('unsupportedMediaType'));
  // Fastify's own refusals of a malformed request (a body too large, broken JSON): its message names the fault
  // and holds nothing the client did not send.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return new FhirError(400, 'structure', said('unreadableRequest', { reason: error.message }));
  if (isTransactionConflict(error))
    return new FhirError(503, 'transient', said('databaseBusy'), { 'retry-after': '1' });
  return new FhirError(500, 'exception', said('serverFailed'));
}

/** Every refusal of the FHIR API as an OperationOutcome in FHIR JSON, never the JSON API's problem+json. */
export function answerFhirError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const refusal = refusalOf(error);
  if (refusal.status === 500) request.log.error({ err: error }, 'unhandled error in the FHIR API');
  return reply
    .status(refusal.status)
    .headers(refusal.headers)
    .type(fhirJson)
    .send(JSON.stringify(operationOutcome(refusal.issueType, refusal.text, requestLanguage(request))));
}
