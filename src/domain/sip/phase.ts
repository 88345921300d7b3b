import { sipPhaseValues } from '../../shared/api/vocabulary.js';

/**
 * The phases of a SIP case (DOMAIN.md §3). Each change of phase is stored as an event, so lead times between
 * phases can be counted.
 */
export const sipPhases = sipPhaseValues;

export type SipPhase = (typeof sipPhases)[number];
