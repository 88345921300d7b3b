import type { MessageTree } from './app.sv.js';

export const appEn: MessageTree = {
  app: {
    name: 'Samplan',
    tagline: 'Coordinated individual plan',
    skipToContent: 'Skip to content',
    language: 'Språk: svenska',
    loading: 'Loading …',
    saving: 'Saving …',
  },
  nav: {
    start: 'Start',
    newSip: 'New SIP',
    signOut: 'Sign out',
    actingFor: 'You act for',
    changeUnit: 'Change unit',
    main: 'Main menu',
    menu: 'Menu',
  },
  login: {
    title: 'Sign in',
    intro:
      'Samplan brings together the work on coordinated individual plans between region, municipality and other actors.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    blockedTitle: 'Signing in is temporarily blocked',
    singleSignOn: 'Sign in with {{provider}}',
    orPassword: 'or with username and password',
    singleSignOnFailed: 'Signing in through your organisation did not succeed',
    singleSignOnErrors: {
      cancelled: 'The sign-in was cancelled. Try again whenever you like.',
      expired: 'The sign-in took too long or was started in another browser. Please start again.',
      failed:
        'The answer from the sign-in service could not be accepted. Start again, and contact your administrator if it happens again.',
      provider_unavailable: 'The sign-in service is not answering right now. Try again in a while.',
      no_commission:
        'You hold no commission in any unit known to Samplan. Ask your manager or administrator to register it.',
      account_disabled: 'Your Samplan account is disabled. Contact your administrator.',
      account_conflict: 'Another Samplan account already has your username. Contact your administrator.',
    },
  },
  chooseUnit: {
    title: 'Choose unit',
    intro: 'You hold commissions in several units. Choose the unit you act for now. You can change later.',
  },
  roles: {
    staff: 'Staff',
    unit_manager: 'Unit manager',
    organisation_admin: 'Organisation administrator',
    county_coordinator: 'County coordinator',
    system_admin: 'System administrator',
  },
  errors: {
    network: 'Samplan could not be reached. Check the network and try again.',
    unknown: 'Something went wrong. Please try again.',
    title: 'That did not work',
  },
};
