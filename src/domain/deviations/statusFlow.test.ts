import { describe, expect, it } from 'vitest';
import {
  deviationActions,
  deviationStatuses,
  type DeviationAction,
  type DeviationStatus,
} from '../../shared/api/deviationFields.js';
import { refusal } from '../refusal.testing.js';
import { mayHandleDeviation } from './handler.js';
import { deviationAllows, nextDeviationStatus } from './statusFlow.js';

/** The expected flow written out by hand (not derived from the module). '-' = refused with 409. */
type Expected = DeviationStatus | '-';
// prettier-ignore
const EXPECTED: Record<DeviationAction, Record<DeviationStatus, Expected>> = {
  handle:   { open: 'handled',   handled: '-',      escalated: 'handled',   closed: '-' },
  escalate: { open: 'escalated', handled: '-',      escalated: 'escalated', closed: '-' },
  close:    { open: '-',         handled: 'closed', escalated: 'closed',    closed: '-' },
};

describe('the deviation status flow', () => {
  for (const action of deviationActions) {
    for (const status of deviationStatuses) {
      const expected = EXPECTED[action][status];
      it(`${action} from ${status} → ${expected}`, () => {
        expect(deviationAllows(status, action)).toBe(expected !== '-');
        if (expected !== '-') {
          expect(nextDeviationStatus(status, action)).toBe(expected);
          return;
        }
        const error = refusal(() => nextDeviationStatus(status, action));
        expect(error.kind).toBe('conflict');
        expect(error.code).toBe('deviation_status_conflict');
        expect(error.text.sv).toMatch(/Avvikelsen är/);
        expect(error.text.en).toMatch(/The deviation is/);
      });
    }
  }

  it('tells how to get from open to closed', () => {
    const error = refusal(() => nextDeviationStatus('open', 'close'));
    expect(error.text.sv).toMatch(/hanterad eller eskalera/);
    expect(error.text.en).toMatch(/handled or escalate/);
  });
});

describe('who handles a deviation', () => {
  const local = { routedUnitId: 'u1', escalationLevel: 0 };
  const group = { routedUnitId: 'g1', escalationLevel: 1 };

  it('is the manager of the routed unit at the local level', () => {
    expect(mayHandleDeviation(local, { unitId: 'u1', role: 'unit_manager' })).toBe(true);
    expect(mayHandleDeviation(local, { unitId: 'u1', role: 'staff' })).toBe(false);
    expect(mayHandleDeviation(local, { unitId: 'u2', role: 'unit_manager' })).toBe(false);
  });

  it('is any member of the level’s unit after an escalation, but no administrator', () => {
    expect(mayHandleDeviation(group, { unitId: 'g1', role: 'staff' })).toBe(true);
    expect(mayHandleDeviation(group, { unitId: 'g1', role: 'unit_manager' })).toBe(true);
    expect(mayHandleDeviation(group, { unitId: 'g1', role: 'system_admin' })).toBe(false);
    expect(mayHandleDeviation(group, { unitId: 'u1', role: 'unit_manager' })).toBe(false);
  });
});
