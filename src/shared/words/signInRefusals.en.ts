import type { SignInRefusalMessages } from './signInRefusals.sv.js';

export const signInRefusalsEn: SignInRefusalMessages = {
  notSignedIn: 'You are not signed in, or your session has expired. Please sign in again.',
  sessionExpired:
    'Your session has expired, either because you have not used Samplan for a while or because you have been signed in for a long time. Please sign in again.',
  crossSiteRequest: 'The request came from another site and was refused.',
  csrfTokenInvalid:
    'The request lacked a valid security token and was refused. Reload the page and try again.',
  noActiveUnit: 'Choose the unit you act for before you continue.',
  notYourUnit: 'You hold no commission in that unit.',
  wrongCredentials: 'Wrong username or password.',
  wrongCurrentPassword: 'The current password is not right.',
  noLocalPassword:
    'Your account has no password of its own in Samplan; you sign in through your organisation.',
  passwordSignInDisabled: 'Sign-in by password is turned off here. Sign in through your organisation.',
  rateLimited: 'Too many sign-in attempts from your address. Wait {{seconds}} seconds and try again.',
  singleSignOnNotConfigured: 'Sign-in through an organisation is not set up in this installation of Samplan.',
  noCommission:
    "Your organisation's sign-in gave no commission in any unit known to Samplan. Ask your manager or administrator to register the commission.",
  accountDisabled: 'Your Samplan account is disabled. Contact your administrator.',
  accountConflict:
    'Another Samplan account already has your username. An administrator needs to sort out which account is yours.',
  locked:
    'Too many failed sign-in attempts. For security, signing in is temporarily blocked. Try again in {{minutes}} {{minuteWord}} (at {{time}} Swedish time).',
  minute: { one: 'minute', other: 'minutes' },
  password: {
    too_short: 'The password must have at least {{length}} characters.',
    single_character_class:
      'The password must not consist of one kind of character only. Mix, for example, letters with digits or other characters.',
    same_as_username: 'The password must not be the same as the username.',
    same_as_current: 'The new password must differ from the current one.',
    common_password: 'The password is too common and easy to guess. Choose another.',
  },
};
