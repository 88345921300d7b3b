import type { FeedbackRefusalMessages } from './feedbackRefusals.sv.js';

export const feedbackRefusalsEn: FeedbackRefusalMessages = {
  meetingNotHeld:
    'Feedback can only be given after a meeting that has been held. Record the attendance first.',
  linkUnknown: 'The link does not work. Check that the whole address was copied, or ask for a new link.',
  alreadyGiven: 'This link has already been used. Each link can be used only once. Thank you for answering!',
  linkExpired: 'The time to answer with this link has run out.',
};
