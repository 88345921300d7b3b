import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTransactionConflict } from '../db/transaction.js';
import { databaseRefusal } from './databaseRefusals.js';
import { DomainError, type LocalisedText } from '../domain/errors.js';
import { requestLanguage } from './language.js';
import { fieldName } from '../shared/api/fieldNames.js';
import { bothLanguages, type Language } from '../shared/words/bothLanguages.js';
import { fill } from '../shared/words/fill.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';
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

const words = { sv: problemsSv, en: problemsEn };

type TitledStatus = keyof typeof problemsSv.title;
const isTitled = (status: number): status is TitledStatus => status in problemsSv.title;

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
  const title = words[language].title[isTitled(status) ? status : 500];
  // The standard members come last, so a refusal's details can never replace them: `status` is always the HTTP
  // status as a number (RFC 9457), and a domain state travels under its own name.
  const body: Problem = {
    ...extra,
    type: `https://samplan.se/problems/${code}`,
    status,
    code,
    title,
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
const fastifyErrors: Record<string, { status: number; code: keyof typeof problemsSv.unreadable }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'empty_body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length' },
};

/** How many refused fields the message names; a request wrong in many places names the first and counts the rest. */
const fieldsNamed = 5;

/** The refused fields by their names in the user's language, each with what is wrong — never by their paths. */
function fieldsInWords(errors: readonly FieldError[], language: Language): string {
  const named = errors
    .slice(0, fieldsNamed)
    .map((error) => `${fieldName(error.field)[language]}: ${error.message[language]}`);
  const more = errors.length - named.length;
  if (more > 0) named.push(fill(words[language].fieldsNotNamed, { count: more }));
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
        bothLanguages(words, (said, language) =>
          fill(said.invalidRequest, { fields: fieldsInWords(error.errors, language) }),
        ),
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
    if (known) {
      const text = bothLanguages(words, (said) => said.unreadable[known.code]);
      return sendProblem(request, reply, known.status, known.code, text);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const text = bothLanguages(words, (said) => fill(said.badRequest, { reason: error.message }));
      return sendProblem(request, reply, error.statusCode, 'bad_request', text);
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
      return sendProblem(
        request,
        reply,
        503,
        'database_busy',
        bothLanguages(words, (said) => said.databaseBusy),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      500,
      'internal_error',
      bothLanguages(words, (said) => said.internalError),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      404,
      'route_not_found',
      bothLanguages(words, (said) => said.routeNotFound),
    ),
  );
}
