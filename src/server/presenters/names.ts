import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { presentedNamesEn } from '../../shared/words/presentedNames.en.js';
import { presentedNamesSv } from '../../shared/words/presentedNames.sv.js';

const words = { sv: presentedNamesSv, en: presentedNamesEn };
export const protectedName = bothLanguages(words, (said) => said.protectedIdentity);

/** A person's name as lists show it: masked for a protected identity, which lists never reveal. */
export function listedName(
  person: { givenName: string; familyName: string; protectedIdentity: boolean },
  language: 'sv' | 'en',
): string {
  return person.protectedIdentity ? protectedName[language] : `${person.givenName} ${person.familyName}`;
}
