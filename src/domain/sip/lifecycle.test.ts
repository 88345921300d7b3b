import { describe, expect, it } from 'vitest';
import { commandsInPhase, isAllowed, nextPhase, sipCommands, type SipCommand } from './lifecycle.js';
import { phaseName } from '../../shared/words/phaseName.js';
import { refusalsEn } from '../../shared/words/refusals.en.js';
import { refusalsSv } from '../../shared/words/refusals.sv.js';
import { sipPhases, type SipPhase } from './phase.js';
import { refusal } from '../refusal.testing.js';

/**
 * The expected state machine, written out by hand from DOMAIN.md §3 — deliberately NOT derived from the module's
 * own table, so that a change to the module that is not also made here makes the test fail.
 *
 * Columns, in this order: need_identified, consent_declined, preparation, invitation, meeting_held,
 * plan_established, paused, closed.
 *   '-'       refused
 *   'RESUME'  back to the phase before the pause (tested separately)
 *   a phase   the phase the command leads to
 */
type Expected = SipPhase | '-' | 'RESUME';

const PHASES: readonly SipPhase[] = [
  'need_identified',
  'consent_declined',
  'preparation',
  'invitation',
  'meeting_held',
  'plan_established',
  'paused',
  'closed',
];

// prettier-ignore
const EXPECTED: Record<SipCommand, readonly [Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected]> = {
  //                   need_identified    consent_declined    preparation      invitation      meeting_held      plan_established    paused     closed
  editNeed:           ['need_identified', 'consent_declined', 'preparation',   'invitation',   '-',              '-',                '-',       '-'],
  recordConsent:      ['preparation',     'preparation',      'preparation',   'invitation',   'meeting_held',   'plan_established', 'RESUME',  '-'],
  declineConsent:     ['consent_declined', '-',               '-',             '-',            '-',              '-',                '-',       '-'],
  withdrawConsent:    ['-',               '-',                'paused',        'paused',       'paused',         'paused',           '-',       '-'],
  savePreparation:    ['-',               '-',                'preparation',   'invitation',   '-',              '-',                '-',       '-'],
  invite:             ['-',               '-',                'invitation',    'invitation',   'invitation',     'plan_established', '-',       '-'],
  rescheduleMeeting:  ['-',               '-',                '-',             'invitation',   '-',              'plan_established', '-',       '-'],
  cancelMeeting:      ['-',               '-',                '-',             'preparation',  '-',              'plan_established', '-',       '-'],
  recordAttendance:   ['-',               '-',                '-',             'meeting_held', '-',              'plan_established', '-',       '-'],
  enterHeldMeeting:   ['-',               '-',                'meeting_held',  '-',            'meeting_held',   'plan_established', '-',       '-'],
  choosePlanTemplate: ['-',               '-',                'preparation',   'invitation',   'meeting_held',   'plan_established', '-',       '-'],
  savePlanDraft:      ['-',               '-',                '-',             'invitation',   'meeting_held',   '-',                '-',       '-'],
  establishPlan:      ['-',               '-',                '-',             '-',            'plan_established', '-',              '-',       '-'],
  changePlan:         ['-',               '-',                '-',             '-',            '-',              'plan_established', '-',       '-'],
  approvePlanVersion: ['-',               '-',                '-',             '-',            '-',              'plan_established', '-',       '-'],
  recordFollowUp:     ['-',               '-',                '-',             '-',            '-',              'plan_established', '-',       '-'],
  close:              ['closed',          'closed',           'closed',        'closed',       'closed',         'closed',           'closed',  '-'],
};

const COMMANDS = Object.keys(EXPECTED) as SipCommand[];

function expected(command: SipCommand, phase: SipPhase): Expected {
  return EXPECTED[command][PHASES.indexOf(phase)]!;
}

const matrix = COMMANDS.flatMap((command) =>
  PHASES.map((phase) => ({ command, phase, want: expected(command, phase) })),
);

describe('the SIP phases and commands the table is written for', () => {
  it('lists exactly the phases of the expected table, in process order', () => {
    expect([...sipPhases]).toEqual(PHASES);
  });

  it('lists exactly the commands of the expected table', () => {
    expect([...sipCommands].sort()).toEqual([...COMMANDS].sort());
  });

  it('names every phase and command in Swedish and English', () => {
    for (const phase of sipPhases) {
      expect(phaseName(phase).sv.trim()).not.toBe('');
      expect(phaseName(phase).en.trim()).not.toBe('');
    }
    for (const command of sipCommands) {
      expect(refusalsSv.step[command].trim()).not.toBe('');
      expect(refusalsEn.step[command].trim()).not.toBe('');
    }
  });

  it('covers the full matrix of commands × phases', () => {
    expect(matrix).toHaveLength(17 * 8);
  });
});

describe('nextPhase: allowed transitions', () => {
  const allowed = matrix.filter((row) => row.want !== '-' && row.want !== 'RESUME');

  it('allows exactly 47 pairs besides the resume', () => {
    expect(allowed).toHaveLength(47);
  });

  it.each(allowed)('$command in $phase leads to $want', ({ command, phase, want }) => {
    expect(nextPhase(phase, command)).toBe(want);
    expect(isAllowed(phase, command)).toBe(true);
  });

  it('ignores phaseBeforePause for every transition that is not a resume', () => {
    for (const { command, phase, want } of allowed) {
      for (const before of PHASES) {
        expect(nextPhase(phase, command, before)).toBe(want);
      }
    }
  });
});

describe('nextPhase: refused transitions', () => {
  const refused = matrix.filter((row) => row.want === '-');

  it('refuses exactly 88 of the 136 pairs', () => {
    // 136 pairs − 47 allowed − 1 resume.
    expect(refused).toHaveLength(88);
  });

  it.each(refused)('$command in $phase is refused', ({ command, phase }) => {
    expect(isAllowed(phase, command)).toBe(false);
    const error = refusal(() => nextPhase(phase, command));
    expect(error.kind).toBe('conflict');
    expect(error.code).toBe(phase === 'closed' ? 'sip_closed' : 'illegal_transition');
    expect(error.text.sv.trim()).not.toBe('');
    expect(error.text.en.trim()).not.toBe('');
    // Every placeholder of the words is filled in.
    expect(`${error.text.sv} ${error.text.en}`).not.toContain('{{');
    expect(error.message).toBe(error.text.en);
    expect(error.details).toEqual({ phase, command });
    // The refusal tells the user what they tried to do.
    expect(error.text.sv).toContain(refusalsSv.step[command]);
    expect(error.text.en).toContain(refusalsEn.step[command]);
    if (phase !== 'closed') {
      // ...and which phase the case is in.
      expect(error.text.sv).toContain(phaseName(phase).sv);
      expect(error.text.en).toContain(phaseName(phase).en);
    }
  });

  it('refuses with a refusal even when phaseBeforePause is given', () => {
    const error = refusal(() => nextPhase('paused', 'changePlan', 'plan_established'));
    expect(error.code).toBe('illegal_transition');
  });

  it('says in Swedish and English that a closed SIP cannot be changed', () => {
    const error = refusal(() => nextPhase('closed', 'recordConsent'));
    expect(error.code).toBe('sip_closed');
    expect(error.text.sv).toMatch(/avslutad/);
    expect(error.text.en).toMatch(/closed/);
  });

  it('refuses every command in phase closed with sip_closed and never illegal_transition', () => {
    for (const command of sipCommands) {
      expect(refusal(() => nextPhase('closed', command)).code).toBe('sip_closed');
    }
  });
});

describe('nextPhase: resume after a pause', () => {
  it('returns to the phase the case had before consent was withdrawn', () => {
    for (const before of ['preparation', 'invitation', 'meeting_held', 'plan_established'] as const) {
      expect(nextPhase('paused', 'recordConsent', before)).toBe(before);
    }
  });

  it('returns to preparation when the phase before the pause is unknown', () => {
    expect(nextPhase('paused', 'recordConsent')).toBe('preparation');
    expect(nextPhase('paused', 'recordConsent', undefined)).toBe('preparation');
  });

  it('round-trips every phase that consent can be withdrawn in', () => {
    for (const phase of PHASES) {
      if (expected('withdrawConsent', phase) !== 'paused') continue;
      const paused = nextPhase(phase, 'withdrawConsent');
      expect(paused).toBe('paused');
      expect(nextPhase(paused, 'recordConsent', phase)).toBe(phase);
    }
  });

  it('only recordConsent resumes a paused case; close ends it', () => {
    expect(commandsInPhase('paused')).toEqual(['recordConsent', 'close']);
    expect(nextPhase('paused', 'close', 'plan_established')).toBe('closed');
  });
});

describe('nextPhase: a whole case', () => {
  it('walks from need to closed and refuses everything afterwards', () => {
    const steps: [SipCommand, SipPhase][] = [
      ['editNeed', 'need_identified'],
      ['recordConsent', 'preparation'],
      ['savePreparation', 'preparation'],
      ['invite', 'invitation'],
      ['rescheduleMeeting', 'invitation'],
      ['cancelMeeting', 'preparation'],
      ['invite', 'invitation'],
      ['savePlanDraft', 'invitation'],
      ['recordAttendance', 'meeting_held'],
      ['savePlanDraft', 'meeting_held'],
      ['establishPlan', 'plan_established'],
      ['changePlan', 'plan_established'],
      ['approvePlanVersion', 'plan_established'],
      ['recordFollowUp', 'plan_established'],
      ['withdrawConsent', 'paused'],
    ];
    let phase: SipPhase = 'need_identified';
    for (const [command, after] of steps) {
      phase = nextPhase(phase, command);
      expect(phase).toBe(after);
    }
    phase = nextPhase(phase, 'recordConsent', 'plan_established');
    expect(phase).toBe('plan_established');
    phase = nextPhase(phase, 'close');
    expect(phase).toBe('closed');
    expect(refusal(() => nextPhase(phase, 'close')).code).toBe('sip_closed');
  });

  it('lets a declined consent be given later, or the case be closed', () => {
    const declined = nextPhase('need_identified', 'declineConsent');
    expect(declined).toBe('consent_declined');
    expect(refusal(() => nextPhase(declined, 'declineConsent')).code).toBe('illegal_transition');
    expect(refusal(() => nextPhase(declined, 'invite')).code).toBe('illegal_transition');
    expect(nextPhase(declined, 'recordConsent')).toBe('preparation');
    expect(nextPhase(declined, 'close')).toBe('closed');
  });

  it('never invites before consent is recorded', () => {
    expect(isAllowed('need_identified', 'invite')).toBe(false);
    expect(isAllowed('consent_declined', 'invite')).toBe(false);
    expect(isAllowed('paused', 'invite')).toBe(false);
  });
});

describe('commandsInPhase', () => {
  // prettier-ignore
  const perPhase: Record<SipPhase, SipCommand[]> = {
    need_identified: ['editNeed', 'recordConsent', 'declineConsent', 'close'],
    consent_declined: ['editNeed', 'recordConsent', 'close'],
    preparation: ['editNeed', 'recordConsent', 'withdrawConsent', 'savePreparation', 'invite', 'enterHeldMeeting', 'choosePlanTemplate', 'close'],
    invitation: ['editNeed', 'recordConsent', 'withdrawConsent', 'savePreparation', 'invite', 'rescheduleMeeting', 'cancelMeeting', 'recordAttendance', 'choosePlanTemplate', 'savePlanDraft', 'close'],
    meeting_held: ['recordConsent', 'withdrawConsent', 'invite', 'enterHeldMeeting', 'choosePlanTemplate', 'savePlanDraft', 'establishPlan', 'close'],
    plan_established: ['recordConsent', 'withdrawConsent', 'invite', 'rescheduleMeeting', 'cancelMeeting', 'recordAttendance', 'enterHeldMeeting', 'choosePlanTemplate', 'changePlan', 'approvePlanVersion', 'recordFollowUp', 'close'],
    paused: ['recordConsent', 'close'],
    closed: [],
  };

  it.each(PHASES)('lists the commands allowed in %s, in command order', (phase) => {
    expect(commandsInPhase(phase)).toEqual(perPhase[phase]);
  });

  it('agrees with the hand-written matrix', () => {
    for (const phase of PHASES) {
      const fromMatrix = COMMANDS.filter((command) => expected(command, phase) !== '-');
      expect([...commandsInPhase(phase)].sort()).toEqual([...fromMatrix].sort());
    }
  });

  it('offers only commands that nextPhase accepts', () => {
    for (const phase of PHASES) {
      for (const command of commandsInPhase(phase)) {
        expect(() => nextPhase(phase, command)).not.toThrow();
      }
    }
  });

  it('returns a fresh array each time', () => {
    const first = commandsInPhase('preparation');
    first.push('establishPlan');
    expect(commandsInPhase('preparation')).not.toContain('establishPlan');
  });
});
