import { describe, expect, it } from 'vitest';
import { sipPhases, type SipPhase } from '../sip/phase.js';
import {
  allowedPersonActions,
  decidePersonAction,
  guestScopeValues,
  personActions,
  personRelations,
  type PersonConsentState,
  type PersonSubject,
} from './personPolicy.js';

const consents: PersonConsentState[] = ['given', 'none', 'declined', 'withdrawn', 'expired'];
const outcome = (decision: ReturnType<typeof decidePersonAction>) =>
  decision.allowed ? 'allowed' : `${decision.status} ${decision.code}`;

const base = (overrides: Partial<PersonSubject>): PersonSubject => ({
  relation: 'individual',
  consent: 'given',
  relativesMayTakePart: true,
  phase: 'plan_established',
  ...overrides,
});

describe('the individual side’s access policy', () => {
  const matrix = personActions.flatMap((action) =>
    personRelations.flatMap((relation) =>
      consents.flatMap((consent) =>
        sipPhases.flatMap((phase) =>
          [true, false].map((relativesMayTakePart) => ({
            action,
            relation,
            consent,
            phase,
            relativesMayTakePart,
          })),
        ),
      ),
    ),
  );

  it('never lets in anyone without a relation to the case, and hides the case from them', () => {
    for (const cell of matrix.filter((each) => each.relation === 'none'))
      expect(outcome(decidePersonAction(cell.action, base(cell)))).toBe('404 not_found');
  });

  it('refuses every change on a closed SIP, to everyone', () => {
    for (const cell of matrix.filter((each) => each.phase === 'closed' && each.relation !== 'none')) {
      const decision = decidePersonAction(
        cell.action,
        base({ ...cell, guest: { scope: 'plan', relative: false } }),
      );
      const reads = ['seeCase', 'readMeeting', 'readPlan', 'readFollowUps', 'readConsent', 'readAccessLog'];
      if (!reads.includes(cell.action)) expect(decision.allowed).toBe(false);
    }
  });

  it('lets the individual and a guardian read their own case whatever the consent says', () => {
    for (const relation of ['individual', 'guardian'] as const)
      for (const consent of consents)
        for (const action of ['seeCase', 'readPlan', 'readConsent', 'readAccessLog'] as const)
          expect(decidePersonAction(action, base({ relation, consent })).allowed).toBe(true);
  });

  it('lets the individual approve, prepare and invite while the SIP is open', () => {
    const subject = base({ phase: 'invitation' });
    for (const action of [
      'approvePlan',
      'prepare',
      'answerMeeting',
      'manageGuests',
      'withdrawConsent',
    ] as const)
      expect(decidePersonAction(action, subject).allowed).toBe(true);
  });

  it('refuses planning while paused, but lets consent be withdrawn', () => {
    const subject = base({ phase: 'paused' });
    expect(outcome(decidePersonAction('prepare', subject))).toBe('403 sip_paused');
    expect(outcome(decidePersonAction('answerMeeting', subject))).toBe('403 sip_paused');
    expect(decidePersonAction('withdrawConsent', subject).allowed).toBe(true);
  });

  it('lets no guest in without a consent in force', () => {
    for (const consent of consents.filter((each) => each !== 'given'))
      expect(
        outcome(
          decidePersonAction(
            'seeCase',
            base({ relation: 'guest', consent, guest: { scope: 'plan', relative: false } }),
          ),
        ),
      ).toBe('404 not_found');
  });

  it('lets a relative in only where the consent lets relatives take part', () => {
    const guest = { scope: 'plan', relative: true } as const;
    expect(decidePersonAction('readPlan', base({ relation: 'guest', guest })).allowed).toBe(true);
    expect(
      outcome(
        decidePersonAction('readPlan', base({ relation: 'guest', guest, relativesMayTakePart: false })),
      ),
    ).toBe('404 not_found');
    // An organisation is not a relative: the relatives' rule does not bind it.
    expect(
      decidePersonAction(
        'readPlan',
        base({ relation: 'guest', guest: { scope: 'plan', relative: false }, relativesMayTakePart: false }),
      ).allowed,
    ).toBe(true);
  });

  it('gives a guest exactly the scope the individual chose, and never a change', () => {
    const seen = Object.fromEntries(
      guestScopeValues.map((scope) => [
        scope,
        allowedPersonActions(base({ relation: 'guest', guest: { scope, relative: false } })),
      ]),
    );
    expect(seen).toEqual({
      meeting: ['seeCase', 'readMeeting'],
      plan: ['seeCase', 'readMeeting', 'readPlan'],
      plan_and_follow_ups: ['seeCase', 'readMeeting', 'readPlan', 'readFollowUps'],
    });
  });

  it('lets a child with their own sign-in read and tell their view, and nothing more', () => {
    expect(allowedPersonActions(base({ relation: 'child' }))).toEqual([
      'seeCase',
      'readMeeting',
      'readPlan',
      'readFollowUps',
      'writeChildView',
    ]);
  });

  it('refuses new guests when the consent is not in force', () => {
    const phases: SipPhase[] = ['invitation', 'plan_established'];
    for (const phase of phases)
      expect(outcome(decidePersonAction('manageGuests', base({ phase, consent: 'withdrawn' })))).toBe(
        '403 consent_not_in_force',
      );
  });
});
