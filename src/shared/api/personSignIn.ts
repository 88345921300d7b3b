import { z } from 'zod';

/**
 * How one signs in on the individual's side: the e-ID methods the county's broker offers, and in the demo the
 * fictional people one may try the side as (never when a broker is configured).
 */
export const eIdMethods = z.object({
  methods: z.array(z.object({ key: z.string(), label: z.string(), startUrl: z.string() })),
  demo: z.array(z.object({ key: z.string(), name: z.string(), description: z.string() })).nullable(),
});
export type EIdMethods = z.infer<typeof eIdMethods>;

export const demoSignInBody = z.strictObject({ key: z.string().trim().min(1).max(40) });

/** The signed-in person, as their pages greet them. */
export const personMe = z.object({
  name: z.string(),
  locale: z.enum(['sv', 'en']),
  /** How they signed in: an e-ID method's key, or 'demo'. */
  method: z.string(),
});
export type PersonMe = z.infer<typeof personMe>;

/**
 * Why an e-ID sign-in came back without a session, named in the address the browser is sent back to
 * (`/mina?sign_in_error=…`), so it never carries personal data.
 */
export const eIdSignInErrors = [
  'cancelled',
  'expired',
  'failed',
  'provider_unavailable',
  'no_identity_number',
] as const;
export type EIdSignInError = (typeof eIdSignInErrors)[number];
