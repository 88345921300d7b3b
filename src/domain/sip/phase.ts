import type { LocalisedText } from '../errors.js';
import { sipPhaseValues } from '../../shared/api/vocabulary.js';

/**
 * The phases of a SIP case (DOMAIN.md §3). Each change of phase is stored as an event, so lead times between
 * phases can be counted.
 */
export const sipPhases = sipPhaseValues;

export type SipPhase = (typeof sipPhases)[number];

export const phaseNames: Record<SipPhase, LocalisedText> = {
  need_identified: { sv: 'Behov identifierat', en: 'Need identified' },
  consent_declined: { sv: 'Samtycke nekat', en: 'Consent declined' },
  preparation: { sv: 'Förberedelse', en: 'Preparation' },
  invitation: { sv: 'Kallelse skickad', en: 'Invitation sent' },
  meeting_held: { sv: 'Möte hållet', en: 'Meeting held' },
  plan_established: { sv: 'Plan fastställd', en: 'Plan established' },
  paused: { sv: 'Vilande – samtycke återkallat', en: 'Paused – consent withdrawn' },
  closed: { sv: 'Avslutad', en: 'Closed' },
};
