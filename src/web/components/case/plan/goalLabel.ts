import type { TFunction } from 'i18next';
import type { Goal } from '../../../../shared/plan.js';

const MAX = 90;

/** A goal named by its own words, shortened, or by its number while it has none. */
export function goalLabel(goal: Pick<Goal, 'text'>, index: number, t: TFunction): string {
  const text = goal.text.trim().replace(/\s+/g, ' ');
  if (!text) return t('case.plan.goalUntitled', { n: index + 1 });
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
