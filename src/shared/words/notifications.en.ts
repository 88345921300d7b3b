import type { Messages } from './messages.js';
import type { notificationsSv } from './notifications.sv.js';

export const notificationsEn: Messages<typeof notificationsSv> = {
  preferencesNav: 'E-mail notices',
  outboxNav: 'Outbox',
  kinds: {
    invitation_new: 'A new invitation to a SIP meeting',
    invitation_unanswered: 'A reminder of an unanswered invitation',
    meeting_changed: 'A meeting has been moved',
    meeting_cancelled: 'A meeting has been cancelled',
    meeting_tomorrow: 'A reminder the day before a meeting',
    plan_established: 'A plan has been established',
    plan_changed: 'A plan has been changed',
    follow_up_due: 'A follow-up is coming up',
    follow_up_overdue: 'A follow-up is overdue',
    consent_expiring: 'A consent expires soon',
    deviation_assigned: 'A deviation has been passed to you',
    discharge_invitation_due: 'A patient ready for discharge is to be invited to a SIP',
  },
  notices: {
    heading: 'Notices',
    intro: 'What happened in your unit’s SIPs in the last month, the same as was sent by e-mail.',
    when: 'When',
    what: 'What',
  },
  preferences: {
    title: 'E-mail notices',
    intro:
      'Choose what you want e-mail about. Everything still shows on the start page in Samplan, and your unit’s shared mailbox gets every notice. The e-mail never holds names or identity numbers, only a link to Samplan.',
    legend: 'Send me e-mail when',
    noAddress:
      'You have no e-mail address in Samplan, so no e-mail can be sent to you. Ask your administrator to add it.',
    save: 'Save my choices',
    saved: 'Your choices are saved.',
    loading: 'Loading your choices …',
  },
  outbox: {
    title: 'Mail outbox',
    intro:
      'This is the e-mail Samplan has sent or is about to send to the units of your organisation. Without a mail server the mail stays here, with the status “Local”, so you can see what would have been sent.',
    status: 'Status',
    anyStatus: 'All',
    caption: 'E-mail, newest first',
    empty: 'No e-mail to show.',
    loading: 'Loading the e-mail …',
    columns: {
      created: 'Created',
      to: 'Recipient',
      unit: 'Unit',
      subject: 'Subject',
      state: 'Status',
    },
    statuses: {
      pending: 'Waiting',
      sent: 'Sent',
      failed: 'Failed',
      local: 'Local',
    },
    notComposed: 'Being written',
    calendar: 'With a calendar invitation',
    showText: 'Show the text',
    attempts: 'Attempts: {{count}}',
    error: 'Last error: {{error}}',
    sentAt: 'Sent {{time}}',
  },
};
