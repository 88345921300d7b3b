import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enCatalogue, svCatalogue } from '../../shared/words/catalogue.js';

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('samplan.language');

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: svCatalogue }, en: { translation: enCatalogue } },
  lng: stored === 'en' ? 'en' : 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem('samplan.language', language);
});

export default i18n;
