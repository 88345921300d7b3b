import { useTranslation } from 'react-i18next';
import { indicatorDefinitions, type IndicatorKey } from '../../../shared/api/statistics.js';

/** The indicator's name in the user's language. */
export function useIndicatorName() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  return (key: IndicatorKey) => indicatorDefinitions.find((d) => d.key === key)?.name[language] ?? key;
}

/** The written definition behind a figure, folded away until asked for ("Så räknas det"). */
export function Definition({ indicator }: { indicator: IndicatorKey }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const definition = indicatorDefinitions.find((d) => d.key === indicator)?.definition[language];
  if (!definition) return null;
  return (
    <details className="definition">
      <summary>{t('statistics.howCounted')}</summary>
      <p>{definition}</p>
    </details>
  );
}
