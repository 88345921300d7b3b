import { describe, expect, it } from 'vitest';
import { refusal } from '../refusal.testing.js';
import {
  attendanceValues,
  invitationAllows,
  invitationCommands,
  invitationStatuses,
  isActiveInvitation,
  nextInvitationStatus,
  type InvitationCommand,
  type InvitationStatus,
} from './lifecycle.js';

/**
 * The expected state machine of an invitation, written out by hand (not derived from the module).
 * Columns: sent, acknowledged, accepted, declined, forwarded. '-' = refused.
 */
type Expected = InvitationStatus | '-';
const STATUSES: readonly InvitationStatus[] = ['sent', 'acknowledged', 'accepted', 'declined', 'forwarded'];

// prettier-ignore
const EXPECTED: Record<InvitationCommand, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  //            sent            acknowledged  accepted  declined  forwarded
  acknowledge: ['acknowledged', '-',          '-',      '-',      '-'],
  accept:      ['accepted',     'accepted',   '-',      '-',      '-'],
  decline:     ['declined',     'declined',   '-',      '-',      '-'],
  forward:     ['forwarded',    'forwarded',  '-',      '-',      '-'],
};

const COMMANDS = Object.keys(EXPECTED) as InvitationCommand[];
const matrix = COMMANDS.flatMap((command) =>
  STATUSES.map((status, column) => ({ command, status, want: EXPECTED[command][column]! })),
);

describe('invitation statuses and commands', () => {
  it('are the ones of the expected table', () => {
    expect([...invitationStatuses]).toEqual(STATUSES);
    expect([...invitationCommands].sort()).toEqual([...COMMANDS].sort());
  });
});

describe('nextInvitationStatus: allowed', () => {
  const allowed = matrix.filter((row) => row.want !== '-');

  it('allows exactly 7 of the 20 pairs', () => {
    expect(allowed).toHaveLength(7);
  });

  it.each(allowed)('$command when $status leads to $want', ({ command, status, want }) => {
    expect(nextInvitationStatus(status, command)).toBe(want);
    expect(invitationAllows(status, command)).toBe(true);
  });
});

describe('nextInvitationStatus: refused', () => {
  const refused = matrix.filter((row) => row.want === '-');

  it.each(refused)('$command when $status is refused', ({ command, status }) => {
    expect(invitationAllows(status, command)).toBe(false);
    const error = refusal(() => nextInvitationStatus(status, command));
    expect(error.kind).toBe('conflict');
    expect(error.code).toBe(
      status === 'acknowledged' ? 'invitation_already_acknowledged' : 'invitation_already_answered',
    );
    expect(error.details).toEqual({ invitationStatus: status, command });
    expect(error.text.sv.trim()).not.toBe('');
    expect(error.text.en.trim()).not.toBe('');
    expect(error.message).toBe(error.text.en);
  });

  it.each([
    ['accepted', 'accepterad', 'accepted'],
    ['declined', 'återbud', 'declined'],
    ['forwarded', 'vidarebefordrad', 'forwarded'],
  ] as [InvitationStatus, string, string][])(
    'says how an answered invitation (%s) was answered',
    (status, sv, en) => {
      const error = refusal(() => nextInvitationStatus(status, 'accept'));
      expect(error.text.sv).toContain(`(${sv})`);
      expect(error.text.en).toContain(`(${en})`);
    },
  );
});

describe('answering an invitation', () => {
  it('acknowledges, then accepts', () => {
    const acknowledged = nextInvitationStatus('sent', 'acknowledge');
    expect(acknowledged).toBe('acknowledged');
    expect(nextInvitationStatus(acknowledged, 'accept')).toBe('accepted');
  });

  it('may be answered without acknowledging first', () => {
    expect(nextInvitationStatus('sent', 'decline')).toBe('declined');
  });

  it('refuses acknowledging twice', () => {
    const acknowledged = nextInvitationStatus('sent', 'acknowledge');
    const error = refusal(() => nextInvitationStatus(acknowledged, 'acknowledge'));
    expect(error.code).toBe('invitation_already_acknowledged');
    expect(error.text.sv).toBe('Kallelsen är redan kvitterad.');
  });

  it('refuses answering twice, whatever the second answer', () => {
    for (const first of ['accept', 'decline', 'forward'] as const) {
      const answered = nextInvitationStatus('acknowledged', first);
      for (const second of invitationCommands) {
        expect(refusal(() => nextInvitationStatus(answered, second)).code).toBe(
          'invitation_already_answered',
        );
      }
    }
  });

  it('refuses changing an acceptance into a decline', () => {
    const error = refusal(() => nextInvitationStatus('accepted', 'decline'));
    expect(error.text.en).toMatch(/already been answered/);
  });
});

describe('isActiveInvitation', () => {
  it.each([
    ['sent', true],
    ['acknowledged', true],
    ['accepted', true],
    ['declined', true],
    ['forwarded', false],
  ] as [InvitationStatus, boolean][])('%s is active: %j', (status, active) => {
    expect(isActiveInvitation(status)).toBe(active);
  });
});

describe('attendance', () => {
  it('is present, absent with notice, or absent without notice', () => {
    expect([...attendanceValues]).toEqual(['present', 'absent_with_notice', 'absent_without_notice']);
  });
});
