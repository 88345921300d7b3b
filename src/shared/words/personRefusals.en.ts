import type { PersonRefusalMessages } from './personRefusals.sv.js';

export const personRefusalsEn: PersonRefusalMessages = {
  notSignedIn:
    'You are not signed in, or you have been away for a while. Please sign in again with your e-ID.',
  sessionExpired:
    'You have been signed in for a long time or have not done anything for a while. Please sign in again.',
  rateLimited: 'You have tried too many times in a short while. Wait {{seconds}} seconds and try again.',
  eIdNotConfigured: 'Signing in with e-ID is not set up here.',
  demoSignInOnlyInDemo: 'The trial sign-in exists only in the demo of Samplan.',
  notADemoPerson: 'There is no such person in the demo.',
  refused: {
    sip_closed: 'This SIP has been closed. You can read it but not change anything.',
    sip_paused: 'This SIP is paused right now. You cannot change anything until it continues.',
    consent_not_in_force:
      'There is no consent in force right now, so this is not possible. Talk to your coordinator.',
    outside_guest_scope: 'You are a guest and may not see this part of the SIP.',
    not_for_child: 'Only the person the SIP is for, or a guardian, may do this.',
  },
};
