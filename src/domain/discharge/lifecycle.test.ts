import { describe, expect, it } from 'vitest';
import { dischargeActions, dischargeStatuses } from '../../shared/api/dischargeVocabulary.js';
import { DomainError } from '../errors.js';
import {
  allowedDischargeActions,
  dischargeSteps,
  nextDischargeStatus,
  type DischargePart,
} from './lifecycle.js';

const everyParty = new Set<DischargePart>(['inpatient', 'municipality', 'primary_care']);

describe('the discharge process steps', () => {
  it('leads from admission through ready and the SIP to interruption', () => {
    expect(nextDischargeStatus('admitted', 'declareReady', new Set(['inpatient']))).toBe('ready');
    expect(nextDischargeStatus('ready', 'assignCareContact', new Set(['primary_care']))).toBe('ready');
    expect(nextDischargeStatus('ready', 'startSip', new Set(['primary_care']))).toBe('sip_started');
    expect(nextDischargeStatus('sip_started', 'interrupt', new Set(['inpatient']))).toBe('interrupted');
  });

  it.each(dischargeStatuses.flatMap((status) => dischargeActions.map((action) => [status, action] as const)))(
    'in %s, %s is allowed exactly when the table says so, else refused with 409 naming both',
    (status, action) => {
      const attempt = () => nextDischargeStatus(status, action, everyParty);
      if (dischargeSteps[action].from.includes(status)) expect(attempt).not.toThrow();
      else {
        const error = (() => {
          try {
            attempt();
          } catch (caught) {
            return caught;
          }
          return null;
        })();
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).kind).toBe('conflict');
        expect((error as DomainError).details).toEqual({ status, action });
      }
    },
  );

  it('refuses a step to the party that does not take it, with 403', () => {
    expect(() => nextDischargeStatus('admitted', 'declareReady', new Set(['municipality']))).toThrow(
      expect.objectContaining({ kind: 'forbidden' }) as Error,
    );
    expect(() => nextDischargeStatus('ready', 'startSip', new Set(['inpatient']))).toThrow(
      expect.objectContaining({ kind: 'forbidden' }) as Error,
    );
  });

  it('nothing follows an interruption or the invitation', () => {
    expect(allowedDischargeActions('interrupted', everyParty)).toEqual([]);
    expect(allowedDischargeActions('invited', everyParty)).toEqual([]);
  });

  it('offers each party only its own steps', () => {
    expect(allowedDischargeActions('admitted', new Set(['municipality']))).toEqual([]);
    expect(allowedDischargeActions('admitted', new Set(['inpatient']))).toEqual([
      'setEstimatedDischarge',
      'declareReady',
      'interrupt',
    ]);
    expect(allowedDischargeActions('ready', new Set(['primary_care']))).toEqual([
      'assignCareContact',
      'startSip',
      'interrupt',
    ]);
  });
});
