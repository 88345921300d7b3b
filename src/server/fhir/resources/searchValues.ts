import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fhirResourceRefusalsEn } from '../../../shared/words/fhirResourceRefusals.en.js';
import { fhirResourceRefusalsSv } from '../../../shared/words/fhirResourceRefusals.sv.js';
import { fill } from '../../../shared/words/fill.js';
import { invalidSearch } from '../outcome.js';
import { isUuid, type PageWindow } from '../paging.js';
import type { ParsedSearch } from '../searchParameters.js';

const words = { sv: fhirResourceRefusalsSv, en: fhirResourceRefusalsEn };

/**
 * The ids a reference parameter names, or null when it is not given. Samplan's rows have UUIDs, so an id that
 * cannot be one matches nothing, without asking the database (which would refuse the cast).
 */
export function referencedIds(search: ParsedSearch, name: string): string[] | null {
  const values = search.references.get(name);
  return values ? values.flatMap((value) => (isUuid(value.id) ? [value.id] : [])) : null;
}

/** The ids `_id` asks for, or null when it is not given; `valid` says which ids Samplan could have made. */
export function idsAsked(search: ParsedSearch, valid: (id: string) => boolean = isUuid): string[] | null {
  const values = search.tokens.get('_id');
  return values
    ? values.flatMap((value) => (value.code !== null && valid(value.code) ? [value.code] : []))
    : null;
}

/**
 * The codes a token parameter asks for from a required value set, or null when it is not given. A code outside
 * the value set, or another system, is a search Samplan cannot answer truthfully, so it is refused (400) rather
 * than answered with nothing; `system|` asks for every code of the system.
 */
export function codesAsked<Code extends string>(
  search: ParsedSearch,
  name: string,
  system: string,
  codes: readonly Code[],
): Code[] | null {
  const values = search.tokens.get(name);
  if (!values) return null;
  const refuse = () =>
    invalidSearch('badValue', {
      name,
      problem: bothLanguages(words, (said) => fill(said.expectedCode, { codes: codes.join(', '), system })),
    });
  return [
    ...new Set(
      values.flatMap((value) => {
        if (value.system !== null && value.system !== system) throw refuse();
        if (value.code === null) return codes;
        const code = codes.find((candidate) => candidate === value.code);
        if (code === undefined) throw refuse();
        return [code];
      }),
    ),
  ];
}

/** The window of a type whose ids Samplan makes: a cursor holding any other key was not made by this search. */
export function windowOfIds(window: PageWindow, valid: (id: string) => boolean): PageWindow {
  for (const key of [window.after, window.before])
    if (key !== null && !valid(key)) throw invalidSearch('badPage');
  return window;
}
