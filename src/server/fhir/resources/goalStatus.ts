import type { SipPhase } from '../../../domain/sip/phase.js';
import type { outcomeValues } from '../../../shared/api/vocabulary.js';

/**
 * How a goal stands, as FHIR's Goal says it (fhir-mapping.md, Follow-up outcome): from the plan's state and the
 * newest follow-up's judgement of the goal. One rule, used both to build a Goal and, through `goalStandings`, to
 * search by lifecycle-status inside the query.
 */

export type Outcome = (typeof outcomeValues)[number];

/** R4 `goal-status` (required binding). */
export type GoalLifecycleStatus = 'proposed' | 'active' | 'on-hold' | 'completed' | 'cancelled';
export const goalLifecycleStatuses: readonly GoalLifecycleStatus[] = [
  'proposed',
  'active',
  'on-hold',
  'completed',
  'cancelled',
];

/** R4 `goal-achievement` (preferred binding); `no_longer_relevant` has no code there. */
export type GoalAchievement = 'in-progress' | 'improving' | 'achieved' | 'not-achieved';

/** What the goal's lifecycle depends on: the case's phase, whether any plan version is established, the outcome. */
export interface GoalStanding {
  phase: SipPhase;
  established: boolean;
  outcome: Outcome | null;
}

/**
 * A goal judged achieved is completed and one no longer relevant cancelled, whatever became of the case. Otherwise
 * it follows the case: proposed in a draft, on hold while the SIP is paused, cancelled when it closed unreached,
 * and active in an established plan (`partly` and `not_achieved` are still being worked on).
 */
export function goalLifecycle({ phase, established, outcome }: GoalStanding): GoalLifecycleStatus {
  if (outcome === 'achieved') return 'completed';
  if (outcome === 'no_longer_relevant') return 'cancelled';
  if (phase === 'closed' || phase === 'consent_declined') return 'cancelled';
  if (phase === 'paused') return 'on-hold';
  return established ? 'active' : 'proposed';
}

const achievements: Record<Outcome, GoalAchievement | null> = {
  achieved: 'achieved',
  partly: 'improving',
  not_achieved: 'not-achieved',
  no_longer_relevant: null,
};

/** The FHIR achievement of the newest outcome: in progress before any follow-up; none for no longer relevant. */
export function goalAchievement(outcome: Outcome | null): GoalAchievement | null {
  return outcome === null ? 'in-progress' : achievements[outcome];
}
