import type { LocalisedText } from '../../domain/errors.js';

export type Language = 'sv' | 'en';

/** One text said in Swedish and in English from an area's two word lists, as refusals and mails carry it. */
export function bothLanguages<Words>(
  words: Record<Language, Words>,
  say: (words: Words, language: Language) => string,
): LocalisedText {
  return { sv: say(words.sv, 'sv'), en: say(words.en, 'en') };
}
