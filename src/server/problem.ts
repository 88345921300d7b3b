import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTransactionConflict } from '../db/transaction.js';
import { databaseRefusal } from './databaseRefusals.js';
import { DomainError, type LocalisedText } from '../domain/errors.js';
import { requestLanguage } from './language.js';
import { fieldName } from '../shared/api/fieldNames.js';
import { RequestValidationError, type FieldError } from './validation.js';

/**
 * Every refusal leaves the server as RFC 9457 problem+json: a stable `code`, `title`/`detail` in the caller's
 * language, the message in both Swedish and English, and for invalid input the fields at fault.
 */
export interface Problem {
  type: string;
  status: number;
  code: string;
  title: string;
  detail: string;
  messages: LocalisedText;
  /** Each refused field: its path in the request (for programs), its name and what is wrong (for people). */
  errors?: { field: string; name: string; code: string; message: string; messages: LocalisedText }[];
  [extra: string]: unknown;
}

const titles: Record<number, LocalisedText> = {
  400: { sv: 'Felaktig begäran', en: 'Bad request' },
  401: { sv: 'Inte inloggad', en: 'Not signed in' },
  403: { sv: 'Ingen behörighet', en: 'Forbidden' },
  404: { sv: 'Hittades inte', en: 'Not found' },
  405: { sv: 'Metoden stöds inte', en: 'Method not allowed' },
  409: { sv: 'Konflikt', en: 'Conflict' },
  413: { sv: 'För stor begäran', en: 'Request too large' },
  415: { sv: 'Innehållstypen stöds inte', en: 'Unsupported content type' },
  422: { sv: 'Regeln är inte uppfylld', en: 'Rule not met' },
  429: { sv: 'För många försök', en: 'Too many requests' },
  500: { sv: 'Internt fel', en: 'Internal error' },
  503: { sv: 'Tillfälligt upptaget', en: 'Temporarily busy' },
};

const statusOfKind = {
  conflict: 409,
  unprocessable: 422,
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
} as const;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  messages: LocalisedText,
  extra: Record<string, unknown> = {},
  fieldErrors?: FieldError[],
): FastifyReply {
  const language = requestLanguage(request);
  const title = titles[status] ?? titles[500]!;
  // The standard members come last, so a refusal's details can never replace them: `status` is always the HTTP
  // status as a number (RFC 9457), and a domain state travels under its own name.
  const body: Problem = {
    ...extra,
    type: `https://samplan.se/problems/${code}`,
    status,
    code,
    title: title[language],
    detail: messages[language],
    messages,
  };
  if (fieldErrors) {
    body.errors = fieldErrors.map((error) => ({
      field: error.field,
      name: fieldName(error.field)[language],
      code: error.code,
      message: error.message[language],
      messages: error.message,
    }));
  }
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

/** Fastify's own errors for malformed requests, by their code, in words a caller can act on. */
const fastifyErrors: Record<string, { status: number; code: string; text: LocalisedText }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformed_json',
    text: { sv: 'Begärans innehåll är inte giltig JSON.', en: 'The request body is not valid JSON.' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'empty_body',
    text: { sv: 'Begärans innehåll saknas.', en: 'The request body is missing.' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    text: { sv: 'Begärans innehåll är för stort.', en: 'The request body is too large.' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    text: { sv: 'Skicka innehållet som application/json.', en: 'Send the body as application/json.' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_content_length',
    text: {
      sv: 'Content-Length stämmer inte med innehållet.',
      en: 'Content-Length does not match the body.',
    },
  },
};

/** How many refused fields the message names; a request wrong in many places names the first and counts the rest. */
const fieldsNamed = 5;

/** The refused fields by their names in the user's language, each with what is wrong — never by their paths. */
function fieldsInWords(errors: readonly FieldError[], language: 'sv' | 'en'): string {
  const named = errors
    .slice(0, fieldsNamed)
    .map((error) => `${fieldName(error.field)[language]}: ${error.message[language]}`);
  const more = errors.length - named.length;
  if (more > 0) named.push(language === 'sv' ? `och ${more} till` : `and ${more} more`);
  return named.join('; ');
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RequestValidationError) {
      return sendProblem(
        request,
        reply,
        400,
        'invalid_request',
        {
          sv: `Begäran innehåller fel: ${fieldsInWords(error.errors, 'sv')}.`,
          en: `The request has errors: ${fieldsInWords(error.errors, 'en')}.`,
        },
        {},
        error.errors,
      );
    }
    if (error instanceof DomainError) {
      // A rule about one field names it the way schema errors do, so forms can mark it.
      const field = typeof error.details.field === 'string' ? error.details.field : null;
      const fieldErrors = field
        ? [{ field: `body.${field}`, code: error.code, message: error.text }]
        : undefined;
      return sendProblem(
        request,
        reply,
        statusOfKind[error.kind],
        error.code,
        error.text,
        error.details,
        fieldErrors,
      );
    }
    const known = error.code ? fastifyErrors[error.code] : undefined;
    if (known) return sendProblem(request, reply, known.status, known.code, known.text);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode, 'bad_request', {
        sv: 'Begäran kunde inte behandlas.',
        en: error.message,
      });
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      // The SQLSTATE and constraint only: the database's own message may quote the value, which can be personal.
      const { constraint } = error as { constraint?: unknown };
      request.log.warn({ sqlState: error.code, constraint }, 'request refused by the database');
      return sendProblem(request, reply, refusal.status, refusal.code, refusal.text);
    }
    if (isTransactionConflict(error)) {
      // Still meeting another transaction after every retry (src/db/transaction.ts): nothing was saved, and the
      // same request a moment later will go through.
      request.log.warn({ code: error.code }, 'transaction conflict after retries');
      reply.header('retry-after', '1');
      return sendProblem(request, reply, 503, 'database_busy', {
        sv: 'Många ändrar samtidigt just nu. Inget sparades. Försök igen om en sekund.',
        en: 'Many changes are being made at the same time. Nothing was saved. Please try again in a second.',
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal_error', {
      sv: 'Något gick fel hos oss. Inget ändrades. Försök igen om en stund.',
      en: 'Something went wrong on our side. Nothing was changed. Please try again shortly.',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 404, 'route_not_found', {
      sv: 'Det finns ingen sådan adress i API:et.',
      en: 'There is no such address in the API.',
    }),
  );
}
