import type { LocalisedText } from '../domain/errors.js';

/** A database error that is the request's fault, as the answer to give: nothing was saved either way. */
export interface DatabaseRefusal {
  status: 400 | 422;
  code: string;
  text: LocalisedText;
}

/** What a referenced table holds, in the words of the answer. */
const referencedThings: Record<string, LocalisedText> = {
  units: { sv: 'en enhet', en: 'a unit' },
  organisations: { sv: 'en organisation', en: 'an organisation' },
  persons: { sv: 'en person', en: 'a person' },
  users: { sv: 'en användare', en: 'a user' },
  sips: { sv: 'en SIP', en: 'a SIP' },
  meetings: { sv: 'ett möte', en: 'a meeting' },
};

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
    const thing = (table ? referencedThings[table] : undefined) ?? { sv: 'något', en: 'something' };
    return {
      status: 422,
      code: 'unknown_reference',
      text: {
        sv: `Begäran hänvisar till ${thing.sv} som inte finns.`,
        en: `The request refers to ${thing.en} that does not exist.`,
      },
    };
  }
  if (state?.startsWith('22')) {
    return {
      status: 400,
      code: 'invalid_value',
      text: {
        sv: 'Ett värde i begäran har fel form eller ligger utanför det tillåtna.',
        en: 'A value in the request has the wrong form or is out of range.',
      },
    };
  }
  return null;
}
