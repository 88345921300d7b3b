import type { LocalisedText } from '../errors.js';
import { closureReasons } from '../../shared/api/vocabulary.js';

/** Why a SIP ends (DOMAIN.md §3.9); kept for statistics on needs that ended without a plan. */
export { closureReasons };
export type ClosureReason = (typeof closureReasons)[number];

export const closureReasonNames: Record<ClosureReason, LocalisedText> = {
  goals_reached: { sv: 'Målen är uppnådda', en: 'The goals are reached' },
  individual_ended: { sv: 'Den enskilde vill avsluta', en: 'The individual wants to end it' },
  consent_withdrawn: { sv: 'Samtycket är återkallat', en: 'Consent was withdrawn' },
  consent_declined: { sv: 'Samtycke gavs inte', en: 'Consent was not given' },
  moved: { sv: 'Den enskilde har flyttat', en: 'The individual has moved' },
  deceased: { sv: 'Den enskilde har avlidit', en: 'The individual has died' },
  no_longer_needed: { sv: 'Samordning behövs inte längre', en: 'Coordination is no longer needed' },
  other: { sv: 'Annat skäl', en: 'Other reason' },
};
