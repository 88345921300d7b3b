import type { ProcessStep } from './steps.js';

/**
 * The element id of the case section where each step of the process is done: the part's own address on the case
 * page (`/sips/{id}#consent`), so a link, a bookmark or the back button lands on it.
 */
export const stepSection: Record<ProcessStep, string> = {
  need: 'need',
  consent: 'consent',
  preparation: 'preparation',
  invitation: 'meeting',
  meeting: 'attendance',
  plan: 'plan',
  followUp: 'follow-up',
  closed: 'closure',
};
