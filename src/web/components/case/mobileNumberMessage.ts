import { useTranslation } from 'react-i18next';
import { takingPartRefusalsEn } from '../../../shared/words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../../../shared/words/takingPartRefusals.sv.js';
import { languageOf } from '../../i18n/language.js';

const words = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };

/**
 * A mobile number that is not a Swedish one, said as the server says it: the schema's own check names it in
 * both languages, and the form says it in the user's (useSchemaResolver's `invalid`).
 */
export function useMobileNumberMessage(field = 'mobile'): Record<string, string> {
  const { i18n } = useTranslation();
  return { [field]: words[languageOf(i18n.language)].mobileFormat };
}
