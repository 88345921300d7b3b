import type { PlanContent } from '../../shared/plan.js';
import { unprocessable, type LocalisedText } from '../errors.js';
import { outcomeValues } from '../../shared/api/vocabulary.js';

/** How a goal or an effort stands at a follow-up (DOMAIN.md §3.8). */
export { outcomeValues };
export type Outcome = (typeof outcomeValues)[number];

export const outcomeNames: Record<Outcome, LocalisedText> = {
  achieved: { sv: 'Uppnått', en: 'Achieved' },
  partly: { sv: 'Delvis uppnått', en: 'Partly achieved' },
  not_achieved: { sv: 'Inte uppnått', en: 'Not achieved' },
  no_longer_relevant: { sv: 'Inte längre aktuellt', en: 'No longer relevant' },
};

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
      {
        sv: 'Uppföljningen ska ange ett utfall för varje mål och insats i planen, en gång var.',
        en: 'The follow-up must give one outcome for each goal and effort in the plan, once each.',
      },
      { field: 'items', unknown, missing, duplicated },
    );
  }
  if (nextDate !== null && nextDate <= today) {
    throw unprocessable(
      'next_follow_up_not_future',
      { sv: 'Nästa uppföljning ska ligga efter i dag.', en: 'The next follow-up must be after today.' },
      { field: 'nextDate' },
    );
  }
}
