import type { TFunction } from 'i18next';
import type { IndicatorKey } from '../../../shared/api/statistics.js';

/**
 * A distribution's category in words, from the same texts the case pages use where they exist; a unit category
 * a county named itself has no translation and is shown as it was entered.
 */
export function categoryLabel(indicator: IndicatorKey, key: string, t: TFunction): string {
  if (indicator === 'needsEndedWithoutPlan')
    return t(`case.vocab.closureReason.${key}`, { defaultValue: key });
  if (indicator === 'initiatorType') return t(`start.initiatorType.${key}`, { defaultValue: key });
  return t(`statistics.unitCategory.${key}`, { defaultValue: key });
}
