import { useTranslation } from 'react-i18next';
import type { Figure, Measure } from '../../../shared/api/statistics.js';
import { localeOf } from '../../i18n/language.js';

/** A figure in the user's language: a share in per cent, days as the median, a score with two decimals. */
export function formatValue(measure: Measure, value: number, language: string): string {
  const locale = localeOf(language);
  if (measure === 'share')
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (measure === 'score') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * One figure as a table shows it. A suppressed one is "<5" with its meaning for screen readers, never the number;
 * a figure with nothing to count is a dash. `p90` shows the 90th percentile instead of the median.
 */
export function FigureCell({
  measure,
  figure,
  p90 = false,
}: {
  measure: Measure;
  figure: Figure;
  p90?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (figure.suppressed)
    return (
      <span className="suppressed">
        <span aria-hidden="true">{t('statistics.suppressed')}</span>
        <span className="visually-hidden">{t('statistics.suppressedSpoken')}</span>
      </span>
    );
  const value = p90 ? figure.p90 : figure.value;
  if (value === null || value === undefined) return <span>{t('statistics.noValue')}</span>;
  return <span>{formatValue(measure, value, i18n.language)}</span>;
}
