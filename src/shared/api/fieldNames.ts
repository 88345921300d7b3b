import type { LocalisedText } from '../../domain/errors.js';
import { bothLanguages } from '../words/bothLanguages.js';
import { fieldNamesEn } from '../words/fieldNames.en.js';
import { fieldNamesSv } from '../words/fieldNames.sv.js';
import { fill } from '../words/fill.js';

/**
 * What each field of a request is called in Swedish and English (src/shared/words/fieldNames.*), by its key, so
 * a refusal names the field as the user knows it ("Starttid"), never by its path in the request
 * (`body.startsAt`). A test checks that every key of every request schema is named.
 */
const words = { sv: fieldNamesSv, en: fieldNamesEn };

type NamedKey = keyof typeof fieldNamesSv.field;
const isNamed = (key: string): key is NamedKey => Object.hasOwn(fieldNamesSv.field, key);

/** The plan's content is the plan itself: its parts are named without it. */
const unnamed = 'content';

export const fieldNameKeys = [...Object.keys(fieldNamesSv.field), unnamed];

/**
 * A field's name from its path in a request (`body.efforts.1.contactPerson` → "Insats 2 – Kontaktperson"): each
 * key by its name, a list item by its number. The request part (`body`, `query`, `params`) is left out; a key not
 * in the catalogue is given as it is.
 */
export function fieldName(path: string): LocalisedText {
  const segments = path.split('.').slice(1);
  return bothLanguages(words, (said) => nameIn(said, segments));
}

function nameIn(said: typeof fieldNamesSv, segments: readonly string[]): string {
  const parts: string[] = [];
  for (const segment of segments) {
    const last = parts.at(-1);
    if (/^\d+$/.test(segment) && last !== undefined) {
      parts[parts.length - 1] = fill(said.item, { list: last, number: Number(segment) + 1 });
    } else if (segment !== unnamed) {
      parts.push(isNamed(segment) ? said.field[segment] : segment);
    }
  }
  return parts.length === 0 ? said.request : parts.join(said.within);
}
