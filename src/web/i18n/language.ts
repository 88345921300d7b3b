/** The languages Samplan speaks. Anything i18next reports that is not English is read as Swedish, the default. */
export type Language = 'sv' | 'en';

export function languageOf(i18nLanguage: string): Language {
  return i18nLanguage === 'en' ? 'en' : 'sv';
}

/** The locale numbers and dates are written in: Swedish, or British English for English. */
export function localeOf(i18nLanguage: string): string {
  return languageOf(i18nLanguage) === 'en' ? 'en-GB' : 'sv-SE';
}
