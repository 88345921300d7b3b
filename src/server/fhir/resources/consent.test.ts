import { describe, expect, it } from 'vitest';
import { consentResource, consentStatus, type ConsentFacts } from './consent.js';

const unit = (n: number) => `01939a4e-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;

function facts(consent: Partial<ConsentFacts['consent']> = {}): ConsentFacts {
  return {
    consent: {
      id: unit(1),
      decision: 'given',
      givenByName: 'Tove Testsson',
      givenByRelation: 'individual',
      givenOn: '2026-12-01',
      validUntil: '2027-12-01',
      relativesMayTakePart: true,
      recordedUnitId: unit(2),
      recordedAt: new Date('2026-12-01T10:00:00Z'),
      withdrawnAt: null,
      ...consent,
    },
    personId: unit(3),
    scopeUnitIds: [unit(4), unit(5)],
  };
}

describe('consentStatus', () => {
  it('reads the consent as the access rule does', () => {
    const given = { decision: 'given' as const, withdrawn: false, validUntil: '2026-12-31' };
    expect(consentStatus(given, '2026-12-31')).toBe('active');
    expect(consentStatus(given, '2027-01-01')).toBe('inactive');
    expect(consentStatus({ ...given, withdrawn: true }, '2026-12-01')).toBe('inactive');
    expect(consentStatus({ ...given, decision: 'declined' }, '2026-12-01')).toBe('rejected');
  });
});

describe('consentResource', () => {
  it('names the units that may share information, the period and whether relatives take part', () => {
    const consent = consentResource(facts(), '2026-12-07');
    expect(consent.status).toBe('active');
    expect(consent.performer).toEqual([{ reference: `Patient/${unit(3)}` }]);
    expect(consent.provision.type).toBe('permit');
    expect(consent.provision.period).toEqual({ start: '2026-12-01', end: '2027-12-01' });
    expect(consent.provision.actor?.map((actor) => actor.reference.reference)).toEqual([
      `Organization/${unit(4)}`,
      `Organization/${unit(5)}`,
    ]);
    expect(consent.provision.provision).toEqual([
      { type: 'permit', code: [{ text: 'Närstående får delta' }] },
    ]);
    expect(consent.policyRule.text).toContain('SoL');
  });

  it('a withdrawal ends the period that day and is the last update', () => {
    const withdrawnAt = new Date('2027-02-10T12:00:00Z');
    const consent = consentResource(facts({ withdrawnAt }), '2027-03-01');
    expect(consent.status).toBe('inactive');
    expect(consent.provision.period?.end).toBe('2027-02-10');
    expect(consent.meta.lastUpdated).toBe('2027-02-10T13:00:00.000+01:00');
  });

  it('a guardian’s consent is given by name, not as the patient', () => {
    const consent = consentResource(
      facts({ givenByRelation: 'guardian', givenByName: 'Eva Testsson' }),
      '2026-12-07',
    );
    expect(consent.performer).toEqual([{ display: 'Eva Testsson (vårdnadshavare)' }]);
  });

  it('a declined consent denies, names no units and lets no relatives take part', () => {
    const declined = consentResource(
      { ...facts({ decision: 'declined', validUntil: null, relativesMayTakePart: true }), scopeUnitIds: [] },
      '2026-12-07',
    );
    expect(declined.status).toBe('rejected');
    expect(declined.provision.type).toBe('deny');
    expect(declined.provision.actor).toBeUndefined();
    expect(declined.provision.provision?.[0]?.type).toBe('deny');
  });
});
