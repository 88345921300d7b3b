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
  versionMissing: 'That version of the plan does not exist.',
  notTheVersionInForce: 'There is a newer version of the plan. You can only approve the plan in force now.',
  alreadyApprovedWithEId: 'This version of the plan has already been approved with e-ID.',
  meetingNotToAnswer:
    'That meeting cannot be answered. It may have been moved, cancelled or already taken place.',
  feedbackMeetingNotHeld:
    'You can only give your views on a meeting that has been held and that you were at.',
  pictureUnreadable: 'The picture could not be read. Try choosing it again.',
  pictureTooLarge: 'The picture is too large. It may be at most {{megabytes}} MB. Try a smaller picture.',
  pictureWrongType:
    'That is not a picture that can be saved here. Choose a PNG or JPEG picture (a photo, for example).',
  noPicture: 'There is no picture.',
  refused: {
    sip_closed: 'This SIP has been closed. You can read it but not change anything.',
    sip_paused: 'This SIP is paused right now. You cannot change anything until it continues.',
    consent_not_in_force:
      'There is no consent in force right now, so this is not possible. Talk to your coordinator.',
    outside_guest_scope: 'You are a guest and may not see this part of the SIP.',
    not_for_child: 'Only the person the SIP is for, or a guardian, may do this.',
  },
};
