/**
 * The closed word lists and limits of deviations (avvikelser), without the validator, so the web app can use
 * them without bundling it.
 */
export const deviationKinds = [
  'absent_without_notice',
  'invitation_late',
  'follow_up_overdue',
  'disagreement_on_responsibility',
  'other',
] as const;
export type DeviationKind = (typeof deviationKinds)[number];

/** Kinds Samplan raises itself when it sees them happen; any kind can also be reported by hand. */
export const automaticDeviationKinds = [
  'absent_without_notice',
  'invitation_late',
  'follow_up_overdue',
] as const;
export type AutomaticDeviationKind = (typeof automaticDeviationKinds)[number];

/** open → handled | escalated → closed (src/domain/deviations/statusFlow.ts). */
export const deviationStatuses = ['open', 'handled', 'escalated', 'closed'] as const;
export type DeviationStatus = (typeof deviationStatuses)[number];

export const deviationActions = ['handle', 'escalate', 'close'] as const;
export type DeviationAction = (typeof deviationActions)[number];

/**
 * The lists a user can ask for: what awaits their unit's action (`mine`), everything open, what has been
 * escalated, or all they may see.
 */
export const deviationFilters = ['mine', 'open', 'escalated', 'all'] as const;
export type DeviationFilter = (typeof deviationFilters)[number];

export const deviationTextMax = 4000;
/** Levels after the local one; the database allows up to ten. */
export const escalationLevelsMax = 10;
