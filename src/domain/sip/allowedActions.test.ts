import { describe, expect, it } from 'vitest';
import type { ConsentState, UnitRelation } from '../access/policy.js';
import { allowedSipCommands, type UnitPart } from './allowedActions.js';
import { commandsInPhase, nextPhase, type SipCommand } from './lifecycle.js';
import { sipPhases, type SipPhase } from './phase.js';

const parts = (...list: UnitPart[]): ReadonlySet<UnitRelation> => new Set(list);

/** A staff member of a unit with these parts, under the given consent (in force unless said otherwise). */
const as = (relations: ReadonlySet<UnitRelation>, consent: ConsentState = 'given') => ({
  role: 'staff' as const,
  relations,
  consent,
});

const ALL_PARTS: UnitPart[] = ['convener', 'invited', 'accepted', 'effort'];

/** Every combination of parts, including none. */
const partCombinations: UnitPart[][] = Array.from({ length: 1 << ALL_PARTS.length }, (_, mask) =>
  ALL_PARTS.filter((_part, bit) => (mask & (1 << bit)) !== 0),
);

/** Commands that steer the whole case: only the convener may give them (written out by hand). */
const CONVENER_ONLY: SipCommand[] = [
  'editNeed',
  'recordConsent',
  'declineConsent',
  'withdrawConsent',
  'savePreparation',
  'invite',
  'rescheduleMeeting',
  'cancelMeeting',
  'recordAttendance',
  'enterHeldMeeting',
  'establishPlan',
  'close',
];

describe('allowedSipCommands for the convening unit', () => {
  // prettier-ignore
  const cases: [SipPhase, SipCommand[]][] = [
    ['need_identified', ['editNeed', 'recordConsent', 'declineConsent', 'close']],
    ['consent_declined', ['editNeed', 'recordConsent', 'close']],
    ['preparation', ['editNeed', 'recordConsent', 'withdrawConsent', 'savePreparation', 'invite', 'enterHeldMeeting', 'choosePlanTemplate', 'close']],
    ['invitation', ['editNeed', 'recordConsent', 'withdrawConsent', 'savePreparation', 'invite', 'rescheduleMeeting', 'cancelMeeting', 'recordAttendance', 'choosePlanTemplate', 'savePlanDraft', 'close']],
    ['meeting_held', ['recordConsent', 'withdrawConsent', 'invite', 'enterHeldMeeting', 'choosePlanTemplate', 'savePlanDraft', 'establishPlan', 'close']],
    ['plan_established', ['recordConsent', 'withdrawConsent', 'invite', 'rescheduleMeeting', 'cancelMeeting', 'recordAttendance', 'enterHeldMeeting', 'choosePlanTemplate', 'changePlan', 'approvePlanVersion', 'recordFollowUp', 'close']],
    ['paused', ['recordConsent', 'close']],
    ['closed', []],
  ];

  it.each(cases)('in %s may give %j', (phase, commands) => {
    expect(allowedSipCommands(phase, as(parts('convener')))).toEqual(commands);
  });

  it('may give everything the phase allows', () => {
    for (const phase of sipPhases) {
      expect(allowedSipCommands(phase, as(parts('convener')))).toEqual(commandsInPhase(phase));
    }
  });
});

describe('allowedSipCommands for a unit that is only invited', () => {
  it.each(sipPhases)('may give no command in %s until it has accepted', (phase) => {
    expect(allowedSipCommands(phase, as(parts('invited')))).toEqual([]);
  });
});

describe('allowedSipCommands for an accepted unit', () => {
  it.each([
    ['need_identified', []],
    ['preparation', ['choosePlanTemplate']],
    ['invitation', ['choosePlanTemplate', 'savePlanDraft']],
    ['meeting_held', ['choosePlanTemplate', 'savePlanDraft']],
    ['plan_established', ['choosePlanTemplate', 'changePlan', 'approvePlanVersion', 'recordFollowUp']],
    ['paused', []],
    ['closed', []],
  ] as [SipPhase, SipCommand[]][])('in %s may give %j', (phase, commands) => {
    expect(allowedSipCommands(phase, as(parts('accepted')))).toEqual(commands);
    // Still being listed as invited changes nothing once the unit has accepted.
    expect(allowedSipCommands(phase, as(parts('invited', 'accepted')))).toEqual(commands);
  });

  it('may not steer the case: no invitation, attendance, establishing or closing', () => {
    for (const phase of sipPhases) {
      const commands = allowedSipCommands(phase, as(parts('accepted')));
      for (const command of CONVENER_ONLY) expect(commands).not.toContain(command);
    }
  });
});

describe('allowedSipCommands for a unit responsible for an effort', () => {
  it('writes its part of a running plan and records follow-ups', () => {
    expect(allowedSipCommands('plan_established', as(parts('effort')))).toEqual([
      'choosePlanTemplate',
      'changePlan',
      'approvePlanVersion',
      'recordFollowUp',
    ]);
  });

  it('may do nothing in a paused or closed case', () => {
    expect(allowedSipCommands('paused', as(parts('effort')))).toEqual([]);
    expect(allowedSipCommands('closed', as(parts('effort')))).toEqual([]);
  });

  it('may save a plan draft in the meeting phase', () => {
    expect(allowedSipCommands('meeting_held', as(parts('effort')))).toEqual([
      'choosePlanTemplate',
      'savePlanDraft',
    ]);
  });
});

describe('allowedSipCommands in general', () => {
  it('gives a unit without a part nothing in any phase', () => {
    for (const phase of sipPhases) expect(allowedSipCommands(phase, as(parts()))).toEqual([]);
  });

  it('is always a subsequence of commandsInPhase, and every command it gives is accepted by nextPhase', () => {
    for (const phase of sipPhases) {
      const inPhase = commandsInPhase(phase);
      for (const combination of partCombinations) {
        const allowed = allowedSipCommands(phase, as(parts(...combination)));
        const positions = allowed.map((command) => inPhase.indexOf(command));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        for (const command of allowed) expect(() => nextPhase(phase, command)).not.toThrow();
      }
    }
  });

  it('gives convener-only commands only to a unit that convenes', () => {
    for (const phase of sipPhases) {
      for (const combination of partCombinations) {
        const allowed = allowedSipCommands(phase, as(parts(...combination)));
        const steers = allowed.some((command) => CONVENER_ONLY.includes(command));
        if (!combination.includes('convener')) expect(steers).toBe(false);
      }
    }
  });

  it('gives the convener at least as much as any other combination of parts', () => {
    for (const phase of sipPhases) {
      const convener = allowedSipCommands(phase, as(parts('convener')));
      for (const combination of partCombinations) {
        for (const command of allowedSipCommands(phase, as(parts(...combination)))) {
          expect(convener).toContain(command);
        }
      }
    }
  });
});

describe('allowedSipCommands without consent in force', () => {
  it('leaves the convener keeping the record: consent anew or closing', () => {
    expect(allowedSipCommands('paused', as(parts('convener'), 'withdrawn'))).toEqual([
      'recordConsent',
      'close',
    ]);
    expect(allowedSipCommands('plan_established', as(parts('convener'), 'expired'))).toEqual([
      'recordConsent',
      'withdrawConsent',
      'close',
    ]);
  });

  it('gives other units nothing at all', () => {
    for (const phase of sipPhases) {
      for (const consent of ['withdrawn', 'expired', 'scope_excludes_unit'] as const) {
        expect(allowedSipCommands(phase, as(parts('accepted', 'effort'), consent))).toEqual([]);
      }
    }
  });

  it('gives an administrator no case step even in a unit that convenes', () => {
    expect(
      allowedSipCommands('preparation', {
        role: 'system_admin',
        relations: parts('convener'),
        consent: 'given',
      }),
    ).toEqual([]);
  });
});
