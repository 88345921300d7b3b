import type { MailMessages } from './mail.sv.js';

export const mailEn: MailMessages = {
  kind: {
    invitation_new: {
      subject: 'Invitation to a SIP meeting',
      text: '{{unit}} is invited to a SIP meeting by {{convener}}.',
    },
    invitation_unanswered: {
      subject: 'Unanswered invitation',
      text: '{{unit}} has not answered an invitation to a SIP meeting.',
    },
    meeting_changed: {
      subject: 'The SIP meeting has been moved',
      text: 'A SIP meeting your unit is invited to has changed. New time:',
    },
    meeting_cancelled: {
      subject: 'The SIP meeting is cancelled',
      text: 'A SIP meeting your unit was invited to is cancelled.',
    },
    meeting_tomorrow: {
      subject: 'SIP meeting tomorrow',
      text: 'Reminder: your unit takes part in a SIP meeting tomorrow.',
    },
    plan_established: {
      subject: 'The plan has been established',
      text: 'The coordinated individual plan your unit takes part in has been established.',
    },
    plan_changed: {
      subject: 'The plan has been changed',
      text: 'The plan your unit takes part in has been changed (version {{version}}).',
    },
    follow_up_due: {
      subject: 'A follow-up is coming up',
      text: 'The plan is to be followed up on {{date}}.',
    },
    follow_up_overdue: {
      subject: 'A follow-up is overdue',
      text: 'The plan was due for follow-up on {{date}} and has not been.',
    },
    consent_expiring: {
      subject: 'The consent expires soon',
      text: 'The consent in a SIP your unit convenes expires soon. Consider asking for a new consent.',
    },
    deviation_assigned: {
      subject: 'A deviation has been assigned to you',
      text: 'A deviation has been passed to {{unit}} to act on.',
    },
    discharge_invitation_due: {
      subject: 'A SIP invitation is due',
      text: 'A patient ready for discharge is to be invited to a SIP by {{unit}} within the deadline.',
    },
  },
  answer: 'Acknowledge and answer the invitation in Samplan.',
  time: 'Time: {{when}}',
  form: 'Form: {{form}}',
  meetingForm: {
    in_person: 'in person (the place is in Samplan)',
    phone: 'by phone',
    video: 'by video',
  },
  anotherUnit: 'another unit',
  followUpSoon: 'soon',
  followUpEarlier: 'an earlier date',
  open: 'Open in Samplan: {{link}}',
  noPersonalData: 'This message holds no details about the individual; sign in to Samplan to see the case.',
};
