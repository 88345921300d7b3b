import { useTranslation } from 'react-i18next';
import { indicatorDefinitions, type IndicatorKey } from '../../../shared/api/statistics.js';
import { languageOf } from '../../i18n/language.js';

/** An indicator's name or written definition in the user's language. */
function useIndicatorText(part: 'name' | 'definition') {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (key: IndicatorKey) => indicatorDefinitions.find((d) => d.key === key)?.[part][language];
}

/** The indicator's name in the user's language. */
export function useIndicatorName() {
  const name = useIndicatorText('name');
  return (key: IndicatorKey) => name(key) ?? key;
}

/** The written definition behind a figure, folded away until asked for ("Så räknas det"). */
export function Definition({ indicator }: { indicator: IndicatorKey }) {
  const { t } = useTranslation();
  const definition = useIndicatorText('definition')(indicator);
  if (!definition) return null;
  return (
    <details className="definition">
      <summary>{t('statistics.howCounted')}</summary>
      <p>{definition}</p>
    </details>
  );
}
