import type { svCatalogue } from '../../shared/words/catalogue.js';

/** Every `t()` key is checked against the Swedish catalogue, so a missing or misspelt key fails the typecheck. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof svCatalogue };
  }
}
