import type { GuestMailMessages } from './guestMail.sv.js';

export const guestMailEn: GuestMailMessages = {
  subject: 'Invitation to Samplan',
  person: 'You are invited as a guest in a SIP, a coordinated individual plan, in Samplan.',
  personSignIn: 'Open the link and sign in with your e-ID: {{link}}',
  unit: 'Your unit is invited as a guest in a SIP, a coordinated individual plan, in Samplan.',
  unitSignIn: 'Open the link and sign in to Samplan for the unit that was invited: {{link}}',
  once: 'The link works once and only for the one invited. It stops working on {{date}}.',
  whyShort: 'We never write more than this in an e-mail. You read everything else once signed in.',
  noReply: 'You cannot reply to this message.',
};
