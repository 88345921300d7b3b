import type { TakingPartRefusalMessages } from './takingPartRefusals.sv.js';

export const takingPartRefusalsEn: TakingPartRefusalMessages = {
  sipClosed: 'The SIP is closed and cannot be changed.',
  guardiansOnlyForChild: 'Guardians are recorded only for a person under 18.',
  twoGuardiansAtMost:
    'A child has at most two guardians, and two are already recorded. Remove one first if it has changed.',
  guardianAlreadyRecorded: 'This person is already recorded as a guardian on the case.',
  guardianIsTheChild: 'The child cannot be their own guardian.',
  guardianMissing: 'The guardian is not on the case, or has already been removed.',
  childTooYoung:
    'The child is younger than {{age}}. A sign-in of their own can be given from the age of {{age}} (the county’s setting).',
  notAChild: 'The person is 18 or older and signs in themselves; a child’s own sign-in is for children only.',
  noChildView: 'The child has not told anything yet, so there is nothing to take into the plan.',
  mobileFormat: 'Write a Swedish mobile number, for example 070-123 45 67 or +46 70 123 45 67.',
};
