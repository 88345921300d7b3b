import type { FastifyInstance } from 'fastify';
import { fill } from '../shared/words/fill.js';
import { sendProblem } from './problem.js';
import type { FieldError } from './validation.js';
import { bothLanguages } from '../shared/words/bothLanguages.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';

const words = { sv: problemsSv, en: problemsEn };

const NUL = '\u0000';

/**
 * Where a NUL character sits in a request part (a key or a string value, at any depth), as the dotted path the
 * schema errors use, or null. Walked with a stack rather than recursion, so a deeply nested body cannot overflow.
 */
export function nulCharacterPath(part: string, value: unknown): string | null {
  const pending: [string, unknown][] = [[part, value]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [path, item] = next;
    if (typeof item === 'string') {
      if (item.includes(NUL)) return path;
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes(NUL)) return path;
        pending.push([`${path}.${key}`, child]);
      }
    }
  }
  return null;
}

/**
 * No text Samplan stores or looks up may hold a NUL character: PostgreSQL's text cannot, so it would fail deep in
 * a query. Refused here, for every route and every part of the request, before any route sees it.
 */
export function registerTextInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const parts: [string, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [part, value] of parts) {
      const field = nulCharacterPath(part, value);
      if (field === null) continue;
      const error: FieldError = {
        field,
        code: 'nul_character',
        message: bothLanguages(words, (said) => said.nulCharacter),
      };
      return sendProblem(
        request,
        reply,
        400,
        'nul_character',
        bothLanguages(words, (said) => fill(said.nulCharacterIn, { field })),
        {},
        [error],
      );
    }
  });
}
