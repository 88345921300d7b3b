import { z } from 'zod';
import { guestScopeValues } from '../../domain/access/personPolicy.js';
import { email, id, inBothLanguages, requiredShortText } from '../fields.js';
import { bothLanguages } from '../words/bothLanguages.js';
import { guestRefusalsEn } from '../words/guestRefusals.en.js';
import { guestRefusalsSv } from '../words/guestRefusals.sv.js';
import { meetingForms, sipPhaseValues } from './vocabulary.js';
import { followUpView, planVersionView } from './responses.js';

/**
 * Guests the individual lets into their SIP (issue 14, decision 0035): a named person who signs in with e-ID — a
 * relative, or a god man/förvaltare (`trustee`) — or an organisation outside the principals, whose staff sign in
 * as a registered unit. Each sees what the individual chose, for a time, until the individual revokes them.
 */

export const guestKinds = [
  'relative',
  'trustee',
  'school',
  'social_insurance',
  'employment_service',
] as const;
export type GuestKind = (typeof guestKinds)[number];

/** Kinds invited as a named person, by identity number; the others are organisations, invited as a unit. */
export const personGuestKinds: ReadonlySet<GuestKind> = new Set(['relative', 'trustee']);

export const guestScopes = guestScopeValues;
export type GuestScope = (typeof guestScopes)[number];

/** Where a grant stands: link not yet used, in use, run out, or revoked. */
export const guestStatuses = ['invited', 'redeemed', 'expired', 'revoked'] as const;
export type GuestStatus = (typeof guestStatuses)[number];

/** The longest a grant can last whatever the county allows; the county's `guest_days` is the real limit. */
export const guestDaysMax = 365;

const words = { sv: guestRefusalsSv, en: guestRefusalsEn };
type GuestWords = typeof guestRefusalsSv;
const said = (say: (words: GuestWords) => string) => inBothLanguages(bothLanguages(words, say));

/** A new guest: a person by identity number, or an organisation by its registered unit, never both. */
export const newGuestBody = z
  .strictObject({
    kind: z.enum(guestKinds),
    name: requiredShortText,
    /** For a relative or trustee: checked as a personnummer or samordningsnummer; sent in the body, never the address. */
    idNumber: z.string().trim().min(1).max(20).optional(),
    /** For an organisation: the unit whose staff will read. */
    unitId: id.optional(),
    email,
    scope: z.enum(guestScopes),
    /** Fewer days than the county's longest (`guest_days`, which is also the default). */
    days: z.number().int().min(1).max(guestDaysMax).optional(),
  })
  .superRefine((body, context) => {
    const problem = (path: string, say: (words: GuestWords) => string) =>
      context.addIssue({ code: 'custom', path: [path], input: body, ...said(say) });
    if (personGuestKinds.has(body.kind)) {
      if (body.idNumber === undefined) problem('idNumber', (w) => w.personNeedsIdNumber);
      if (body.unitId !== undefined) problem('unitId', (w) => w.personHasNoUnit);
    } else {
      if (body.unitId === undefined) problem('unitId', (w) => w.organisationNeedsUnit);
      if (body.idNumber !== undefined) problem('idNumber', (w) => w.organisationHasNoIdNumber);
    }
  });
export type NewGuestBody = z.infer<typeof newGuestBody>;

/** A guest as the individual and the case's staff see them: never their identity number, never the link. */
export const guestView = z.object({
  id: z.string(),
  kind: z.enum(guestKinds),
  name: z.string(),
  scope: z.enum(guestScopes),
  status: z.enum(guestStatuses),
  expiresAt: z.string(),
  redeemedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** The organisation guest's unit; null for a person. */
  unitName: z.string().nullable(),
  /** Who invited: the individual (or a guardian) on their side, or staff with the individual's consent. */
  invitedBy: z.enum(['person', 'staff']),
  createdAt: z.string(),
});
export type GuestView = z.infer<typeof guestView>;

/** A registered unit the individual can invite as an organisation guest, as their invitation form lists it. */
export const guestUnit = z.object({ id: z.string(), name: z.string(), organisationName: z.string() });
export type GuestUnit = z.infer<typeof guestUnit>;

export const guestParams = z.strictObject({ id, guestId: id });

/** The token from the link's fragment (`#…`), which never reaches a server log. */
export const redeemGuestLinkBody = z.strictObject({ token: z.string().trim().min(20).max(200) });

/** A person guest's link used: the SIP they may now open on their own pages. */
export const personGuestRedeemed = z.object({ sipId: z.string() });

/** An organisation guest's link used: the shared SIP (by its grant) the unit's staff may now read. */
export const unitGuestRedeemed = z.object({ id: z.string() });

/** A SIP shared with the acting unit as a guest, in its list; `id` is the grant's. */
export const sharedSipSummary = z.object({
  id: z.string(),
  sipId: z.string(),
  caseNumber: z.string(),
  /** The individual's name, as the individual told it to the guest; never the identity number. */
  personName: z.string(),
  kind: z.enum(guestKinds),
  scope: z.enum(guestScopes),
  expiresAt: z.string(),
  phase: z.enum(sipPhaseValues),
});
export type SharedSipSummary = z.infer<typeof sharedSipSummary>;

/** The next meeting, or the latest when none is ahead; no address when the individual's identity is protected. */
export const sharedMeetingView = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  form: z.enum(meetingForms),
  place: z.string(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
});

/**
 * What a guest unit reads, by the scope the individual chose: the meeting always; the established plan for `plan`;
 * its follow-ups too for `plan_and_follow_ups`. A part outside the scope is null.
 */
export const sharedSipView = sharedSipSummary.extend({
  meeting: sharedMeetingView.nullable(),
  plan: planVersionView.nullable(),
  followUps: z.array(followUpView).nullable(),
});
export type SharedSipView = z.infer<typeof sharedSipView>;
