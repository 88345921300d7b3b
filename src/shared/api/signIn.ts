/**
 * Why a sign-in through the identity provider came back without a session. The server names the reason in the
 * address it sends the browser back to (`/?sign_in_error=…`), so it must never carry personal data.
 */
export const singleSignOnErrors = [
  'cancelled',
  'expired',
  'failed',
  'provider_unavailable',
  'no_commission',
  'account_disabled',
  'account_conflict',
] as const;

export type SingleSignOnError = (typeof singleSignOnErrors)[number];
