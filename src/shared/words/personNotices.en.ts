import type { PersonNoticeMessages } from './personNotices.sv.js';

export const personNoticesEn: PersonNoticeMessages = {
  subject: 'New message in Samplan',
  kind: {
    meeting_invitation: 'You are invited to a meeting about your SIP.',
    meeting_moved: 'A meeting about your SIP has a new time.',
    meeting_cancelled: 'A meeting about your SIP is cancelled.',
    plan_to_approve: 'There is a new plan for you to read and approve.',
    meeting_reminder: 'A meeting about your SIP is coming soon.',
    approval_reminder: 'A plan is waiting for you to read it and say what you think.',
  },
  read: 'Sign in and read more: {{link}}',
  whyShort:
    'We never write more than this in e-mail or SMS. You read everything else once you have signed in.',
  noReply: 'You cannot reply to this message.',
  sms: 'Samplan: {{line}} Read more: {{link}}',
};
