import type { SipDetail } from '../../../shared/api/responses.js';

/** The process as the user knows it (DOMAIN.md §3), which is finer than the case's phases. */
export const processSteps = [
  'need',
  'consent',
  'preparation',
  'invitation',
  'meeting',
  'plan',
  'followUp',
  'closed',
] as const;

export type ProcessStep = (typeof processSteps)[number];

/** Where in the process the case is now. */
export function currentStep(sip: SipDetail): ProcessStep {
  switch (sip.phase) {
    case 'need_identified':
      return 'need';
    case 'consent_declined':
      return 'consent';
    case 'preparation':
      return 'preparation';
    case 'invitation':
      return 'invitation';
    case 'meeting_held':
      return 'meeting';
    case 'plan_established':
      return sip.followUps.length > 0 ? 'followUp' : 'plan';
    case 'closed':
      return 'closed';
    case 'paused':
      // A paused case stands where it was when consent was withdrawn; the data says how far it had come.
      if (sip.plan?.establishedVersion) return sip.followUps.length > 0 ? 'followUp' : 'plan';
      if (sip.meeting?.status === 'held') return 'meeting';
      if (sip.meeting) return 'invitation';
      return 'preparation';
  }
}
