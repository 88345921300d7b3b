import type { LocalisedText } from '../domain/errors.js';
import { bothLanguages } from '../shared/words/bothLanguages.js';
import { fill } from '../shared/words/fill.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';

/** A database error that is the request's fault, as the answer to give: nothing was saved either way. */
export interface DatabaseRefusal {
  status: 400 | 422;
  code: string;
  text: LocalisedText;
}

const words = { sv: problemsSv, en: problemsEn };

/** Whether the words name what the referenced table holds; a table they do not name is "something". */
const isNamedTable = (table: string): table is keyof typeof problemsSv.referenced =>
  Object.hasOwn(problemsSv.referenced, table);

function sqlState(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : null;
}

/**
 * The safety net behind the routes' own checks, in one place for every route: a reference to a row that does not
 * exist (an unknown unit id, say) or a value the database cannot hold is the caller's error, answered 4xx, never
 * 500. PostgreSQL's SQLSTATE says which: class 23503 is a missing referenced row, class 22 a value out of range or
 * of the wrong form.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  const state = sqlState(error);
  if (state === '23503') {
    const detail = (error as { detail?: unknown }).detail;
    const table = typeof detail === 'string' ? /in table "(\w+)"/.exec(detail)?.[1] : undefined;
    const thing = table !== undefined && isNamedTable(table) ? table : 'other';
    return {
      status: 422,
      code: 'unknown_reference',
      text: bothLanguages(words, (said) => fill(said.unknownReference, { thing: said.referenced[thing] })),
    };
  }
  if (state?.startsWith('22')) {
    return {
      status: 400,
      code: 'invalid_value',
      text: bothLanguages(words, (said) => said.invalidValue),
    };
  }
  return null;
}
