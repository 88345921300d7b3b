import type { PlanContent } from '../../shared/plan.js';
import { unprocessable } from '../errors.js';
import { outcomeValues } from '../../shared/api/vocabulary.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { planRefusalsEn } from '../../shared/words/planRefusals.en.js';
import { planRefusalsSv } from '../../shared/words/planRefusals.sv.js';

/** How a goal or an effort stands at a follow-up (DOMAIN.md §3.8). */
export { outcomeValues };
export type Outcome = (typeof outcomeValues)[number];

const words = { sv: planRefusalsSv, en: planRefusalsEn };

export interface FollowUpItem {
  kind: 'goal' | 'effort';
  key: string;
  outcome: Outcome;
}

/** Every goal and effort of the plan gets an outcome, and nothing else does. */
export function checkFollowUpCoversPlan(
  plan: PlanContent,
  items: FollowUpItem[],
  nextDate: string | null,
  today: string,
): void {
  const expected = new Set([
    ...plan.goals.map((g) => `goal:${g.key}`),
    ...plan.efforts.map((e) => `effort:${e.key}`),
  ]);
  const given = items.map((item) => `${item.kind}:${item.key}`);
  const unknown = given.filter((ref) => !expected.has(ref));
  const missing = [...expected].filter((ref) => !given.includes(ref));
  const duplicated = given.filter((ref, index) => given.indexOf(ref) !== index);
  if (unknown.length > 0 || missing.length > 0 || duplicated.length > 0) {
    throw unprocessable(
      'follow_up_items_mismatch',
      bothLanguages(words, (said) => said.followUpItemsMismatch),
      { field: 'items', unknown, missing, duplicated },
    );
  }
  if (nextDate !== null && nextDate <= today) {
    throw unprocessable(
      'next_follow_up_not_future',
      bothLanguages(words, (said) => said.nextFollowUpNotFuture),
      { field: 'nextDate' },
    );
  }
}
