import type { SipPhase } from '../sip/phase.js';
import type { Decision } from './policy.js';

/**
 * What the people on the individual's side may do with a SIP (decision 0035): the person it is for, the guardians
 * staff recorded, a child staff gave a sign-in of their own, and the guests the individual invited. Decided from
 * that relation, a guest's scope, the consent and the phase. Deny by default — an action not granted below is
 * refused; a case the signed-in person has no relation to answers 404, so its existence is not revealed.
 */
export const personActions = [
  // The case in the list of my SIPs, its overview.
  'seeCase',
  // The next meeting: time, form, who is coming.
  'readMeeting',
  // Coming, or asking for another time.
  'answerMeeting',
  'readPlan',
  'readFollowUps',
  // Approve a version, or say what is wrong.
  'approvePlan',
  // "Vad är viktigt för mig", questions before the meeting, my own goals.
  'prepare',
  // The child's voice: good, hard, wishes, a picture.
  'writeChildView',
  'readConsent',
  'withdrawConsent',
  'giveFeedback',
  // Who opened my plan.
  'readAccessLog',
  // Invite a guest and revoke one.
  'manageGuests',
] as const;
export type PersonAction = (typeof personActions)[number];

/**
 * How the signed-in person relates to the SIP: the person it is for (an adult, or a child below the age of a
 * sign-in of their own is never `individual`), a recorded guardian, the child with a sign-in staff gave them, a
 * guest, or nothing.
 */
export const personRelations = ['individual', 'guardian', 'child', 'guest', 'none'] as const;
export type PersonRelation = (typeof personRelations)[number];

export const guestScopeValues = ['meeting', 'plan', 'plan_and_follow_ups'] as const;
export type GuestScopeValue = (typeof guestScopeValues)[number];

/** The consent as it stands, for a guest's sake: only a consent in force lets anyone outside the principals in. */
export type PersonConsentState = 'given' | 'none' | 'declined' | 'withdrawn' | 'expired';

export interface PersonSubject {
  relation: PersonRelation;
  /** For a guest: what the individual let them see, and whether they are a relative (or god man/förvaltare). */
  guest?: { scope: GuestScopeValue; relative: boolean } | null;
  consent: PersonConsentState;
  /** Whether the consent in force lets relatives take part. */
  relativesMayTakePart: boolean;
  phase: SipPhase;
}

const allow: Decision = { allowed: true };
const hidden: Decision = { allowed: false, status: 404, code: 'not_found' };
const forbidden = (code: string): Decision => ({ allowed: false, status: 403, code });

/** What the person a SIP is for, or a guardian acting for a child, may do. */
const ownActions: ReadonlySet<PersonAction> = new Set(personActions);

/** A child with a sign-in of their own reads their plan and tells what they think; the guardians act for them. */
const childActions: ReadonlySet<PersonAction> = new Set([
  'seeCase',
  'readMeeting',
  'readPlan',
  'readFollowUps',
  'writeChildView',
]);

/** What a guest sees, by the scope the individual chose; a guest never changes anything. */
const guestActions: Record<GuestScopeValue, ReadonlySet<PersonAction>> = {
  meeting: new Set(['seeCase', 'readMeeting']),
  plan: new Set(['seeCase', 'readMeeting', 'readPlan']),
  plan_and_follow_ups: new Set(['seeCase', 'readMeeting', 'readPlan', 'readFollowUps']),
};

/** Actions that change the case, or what the individual or a guest can do in it. */
const writes: ReadonlySet<PersonAction> = new Set([
  'answerMeeting',
  'approvePlan',
  'prepare',
  'writeChildView',
  'withdrawConsent',
  'giveFeedback',
  'manageGuests',
]);

/** While a SIP is paused nothing is planned: no answers to meetings, no preparation, no new guests. */
const refusedWhilePaused: ReadonlySet<PersonAction> = new Set([
  'answerMeeting',
  'prepare',
  'writeChildView',
  'manageGuests',
]);

export function decidePersonAction(action: PersonAction, subject: PersonSubject): Decision {
  const { relation, phase } = subject;
  if (relation === 'none') return hidden;
  if (relation === 'guest') {
    const guest = subject.guest;
    // A guest is let in by the consent: without one in force, or a relative where relatives may not take part,
    // the case is as unknown to them as to anyone.
    if (!guest || subject.consent !== 'given') return hidden;
    if (guest.relative && !subject.relativesMayTakePart) return hidden;
    if (phase === 'closed') return forbidden('sip_closed');
    return guestActions[guest.scope].has(action) ? allow : forbidden('outside_guest_scope');
  }
  const granted = relation === 'child' ? childActions : ownActions;
  if (!granted.has(action)) return forbidden('not_for_child');
  if (writes.has(action)) {
    if (phase === 'closed') return forbidden('sip_closed');
    if (phase === 'paused' && refusedWhilePaused.has(action)) return forbidden('sip_paused');
    // Guests come in only under a consent in force that the individual can still give them.
    if (action === 'manageGuests' && subject.consent !== 'given') return forbidden('consent_not_in_force');
    if (action === 'withdrawConsent' && subject.consent !== 'given') return forbidden('consent_not_in_force');
  }
  return allow;
}

/** What the person may do in the case, as the API tells their pages so they offer exactly that. */
export function allowedPersonActions(subject: PersonSubject): PersonAction[] {
  return personActions.filter((action) => decidePersonAction(action, subject).allowed);
}
