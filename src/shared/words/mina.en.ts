import type { Messages } from './messages.js';
import type { minaSv } from './mina.sv.js';

/** The individual's own pages in plain English, mirroring mina.sv.ts. */
export const minaEn: Messages<typeof minaSv> = {
  brand: 'Samplan – my SIP',
  skipToContent: 'Skip to content',
  otherLanguage: 'På svenska',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {{name}}',
  loading: 'Loading …',
  signIn: {
    pageTitle: 'Sign in – Samplan, my SIP',
    title: 'Sign in and see your SIP',
    intro:
      'SIP means coordinated individual plan. It is a plan you make together with the people who help you. Here you can read your plan and say what you think.',
    methods: 'Sign in with e-ID',
    withMethod: 'Sign in with {{method}}',
    noMethods: 'Signing in with e-ID does not work right now. Please try again later.',
    failedTitle: 'You could not sign in',
    errors: {
      cancelled: 'You stopped the sign-in. You can try again whenever you like.',
      expired: 'The sign-in took too long. Please start again.',
      failed: 'Something went wrong when you signed in. Please start again.',
      provider_unavailable: 'The e-ID service is not answering right now. Please try again in a while.',
      no_identity_number:
        'We did not get your personal identity number from the e-ID. Try again, or use another e-ID.',
    },
    invitation: 'You have been invited. Sign in with e-ID to see the invitation.',
    demo: {
      title: 'Try it as a made-up person',
      explanation:
        'This is a demo. The people are made up, and you do not need an e-ID. Choose who you want to be.',
      tryAs: 'Try as {{name}}',
      signingIn: 'Signing in …',
    },
  },
  sips: {
    pageTitle: 'My SIPs – Samplan',
    title: 'My SIPs',
  },
};
