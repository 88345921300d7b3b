import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import * as locales from 'zod/locales';
import type { LocalisedText } from '../domain/errors.js';
import { bothLanguages } from '../shared/words/bothLanguages.js';
import { fill } from '../shared/words/fill.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';

type Issue = z.core.$ZodIssue;

const swedish = locales.sv().localeError;
const english = locales.en().localeError;

function message(localeError: z.core.$ZodErrorMap, issue: Issue): string {
  const result = localeError(issue as unknown as Parameters<z.core.$ZodErrorMap>[0]);
  if (typeof result === 'string') return result;
  return result?.message ?? issue.message;
}

export interface FieldError {
  /** Dotted path of the field in the request part, e.g. `body.efforts.0.description`. */
  field: string;
  code: string;
  message: LocalisedText;
}

/** A request that did not match its schema; carries every problem with its field and a message in both languages. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly errors: FieldError[];

  constructor(part: string, issues: readonly Issue[]) {
    super('Request validation failed');
    this.name = 'RequestValidationError';
    this.errors = issues.flatMap((issue): FieldError[] => {
      const path = [part, ...issue.path.map(String)];
      // An unknown key is reported on the object; naming the key itself is what helps the caller.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          field: [...path, key].join('.'),
          code: issue.code,
          message: bothLanguages({ sv: problemsSv, en: problemsEn }, (said) =>
            fill(said.unknownField, { key }),
          ),
        }));
      }
      return [
        {
          field: path.join('.'),
          code: issue.code,
          message: ownMessage(issue) ?? { sv: message(swedish, issue), en: message(english, issue) },
        },
      ];
    });
  }
}

/** The message of a rule of our own (`inBothLanguages` in src/shared/fields.ts), when the issue carries one. */
function ownMessage(issue: Issue): LocalisedText | undefined {
  if (issue.code !== 'custom') return undefined;
  const { sv, en } = issue.params ?? {};
  return typeof sv === 'string' && typeof en === 'string' ? { sv, en } : undefined;
}

/** Validates with the route's zod schema and keeps the parsed value (defaults, coercions) for the handler. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
  };
