import { z } from 'zod';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** How one may sign in here: with a password, through the county's identity provider, or both. */
export const signInMethods = z.object({
  password: z.boolean(),
  singleSignOn: z.object({ label: z.string(), startUrl: z.string() }).nullable(),
});
export type SignInMethods = z.infer<typeof signInMethods>;

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
