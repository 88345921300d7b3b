import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusal } from '../refusal.testing.js';
import {
  ageOn,
  checkConsentDeclined,
  checkConsentGiven,
  consentMethods,
  isChild,
  type ConsentContext,
  type ConsentGiven,
} from './consent.js';

const TODAY = '2026-03-15';
const UNIT = '00000000-0000-4000-8000-00000000000a';

const adult: ConsentContext = { today: TODAY, age: 45 };
const child: ConsentContext = { today: TODAY, age: 12 };

function consent(overrides: Partial<ConsentGiven> = {}): ConsentGiven {
  return { validUntil: '2027-03-15', scopeUnitIds: [UNIT], guardians: [], childView: '', ...overrides };
}

function expectRefused(run: () => unknown, code: string, field: string) {
  const error = refusal(run);
  expect(error.kind).toBe('unprocessable');
  expect(error.code).toBe(code);
  expect(error.details).toEqual({ field });
  expect(error.text.sv.trim()).not.toBe('');
  expect(error.text.en.trim()).not.toBe('');
  expect(error.message).toBe(error.text.en);
  return error;
}

describe('consentMethods', () => {
  it('are oral, written and digital', () => {
    expect([...consentMethods].sort()).toEqual(['digital', 'oral', 'written']);
  });
});

describe('checkConsentGiven for an adult', () => {
  it('accepts a consent with a scope and an end date in the future', () => {
    expect(() => checkConsentGiven(consent(), adult)).not.toThrow();
  });

  it('accepts a consent that ends today', () => {
    expect(() => checkConsentGiven(consent({ validUntil: TODAY }), adult)).not.toThrow();
  });

  it('refuses a consent that ended yesterday', () => {
    const error = expectRefused(
      () => checkConsentGiven(consent({ validUntil: '2026-03-14' }), adult),
      'consent_expired',
      'validUntil',
    );
    expect(error.text.en).toMatch(/end date/);
  });

  it('refuses a consent that ended in an earlier year', () => {
    expectRefused(
      () => checkConsentGiven(consent({ validUntil: '2025-12-31' }), { today: '2026-01-01', age: 40 }),
      'consent_expired',
      'validUntil',
    );
  });

  it('refuses a consent that names no unit to exchange information with', () => {
    expectRefused(
      () => checkConsentGiven(consent({ scopeUnitIds: [] }), adult),
      'consent_scope_empty',
      'scopeUnitIds',
    );
  });

  it('checks the end date before the scope', () => {
    expectRefused(
      () => checkConsentGiven(consent({ validUntil: '2020-01-01', scopeUnitIds: [] }), adult),
      'consent_expired',
      'validUntil',
    );
  });

  it('needs neither guardians nor a child’s view for an adult', () => {
    expect(() =>
      checkConsentGiven(consent({ guardians: [], childView: '' }), { today: TODAY, age: 18 }),
    ).not.toThrow();
  });

  it('treats an unknown age as an adult (no guardians required)', () => {
    expect(() => checkConsentGiven(consent(), { today: TODAY, age: null })).not.toThrow();
  });
});

describe('checkConsentGiven for a child', () => {
  const guardians = [{ name: 'Vårdnadshavare 1' }, { name: 'Vårdnadshavare 2' }];

  it('accepts the guardians’ consent together with the child’s view', () => {
    expect(() =>
      checkConsentGiven(consent({ guardians, childView: 'Vill att mamma är med.' }), child),
    ).not.toThrow();
  });

  it('accepts a single guardian', () => {
    expect(() =>
      checkConsentGiven(consent({ guardians: [guardians[0]!], childView: 'Ok.' }), child),
    ).not.toThrow();
  });

  it('refuses a child’s consent without any guardian', () => {
    const error = expectRefused(
      () => checkConsentGiven(consent({ childView: 'Vill.' }), child),
      'guardian_consent_missing',
      'guardians',
    );
    expect(error.text.sv).toMatch(/vårdnadshavar/);
  });

  it.each(['', '   ', '\n\t'])('refuses a child’s consent without the child’s view (%j)', (childView) => {
    expectRefused(
      () => checkConsentGiven(consent({ guardians, childView }), child),
      'child_view_missing',
      'childView',
    );
  });

  it('asks for guardians before the child’s view', () => {
    expectRefused(() => checkConsentGiven(consent(), child), 'guardian_consent_missing', 'guardians');
  });

  it('still refuses an expired consent first', () => {
    expectRefused(
      () => checkConsentGiven(consent({ validUntil: '2026-01-01' }), child),
      'consent_expired',
      'validUntil',
    );
  });

  it.each([0, 1, 17])('treats age %i as a child', (age) => {
    expectRefused(
      () => checkConsentGiven(consent(), { today: TODAY, age }),
      'guardian_consent_missing',
      'guardians',
    );
  });
});

describe('checkConsentDeclined', () => {
  it('records a refusal when the consequences were explained', () => {
    expect(() => checkConsentDeclined(true)).not.toThrow();
  });

  it('refuses to record it before the individual has been told what declining means', () => {
    const error = expectRefused(
      () => checkConsentDeclined(false),
      'consequences_not_explained',
      'consequencesExplained',
    );
    expect(error.text.en).toMatch(/declining/);
  });
});

describe('isChild', () => {
  it.each([
    [null, false],
    [0, true],
    [17, true],
    [18, false],
    [19, false],
    [95, false],
  ] as [number | null, boolean][])('age %j is a child: %j', (age, expected) => {
    expect(isChild(age)).toBe(expected);
  });
});

describe('ageOn', () => {
  it('is null when the birth date is unknown', () => {
    expect(ageOn(null, TODAY)).toBeNull();
  });

  it.each([
    ['2008-03-15', '2026-03-15', 18],
    ['2008-03-16', '2026-03-15', 17],
    ['2008-03-14', '2026-03-15', 18],
    ['2008-04-01', '2026-03-15', 17],
    ['2008-02-01', '2026-03-15', 18],
    ['2026-03-15', '2026-03-15', 0],
    ['2025-03-16', '2026-03-15', 0],
    ['1926-01-01', '2026-03-15', 100],
    ['1999-12-31', '2000-01-01', 0],
    ['1999-12-31', '2000-12-31', 1],
  ])('born %s is %i on %s', (birthDate, today, age) => {
    expect(ageOn(birthDate, today)).toBe(age);
  });

  it('counts a leap-day birthday as passed on 1 March in a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('property: n years after the birth date, on the same month and day, the person is n; the day before, n − 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 120 }),
        (year, month, day, years) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const birth = `${year}-${pad(month)}-${pad(day)}`;
          const birthday = `${year + years}-${pad(month)}-${pad(day)}`;
          const dayBefore = new Date(Date.UTC(year + years, month - 1, day - 1)).toISOString().slice(0, 10);
          expect(ageOn(birth, birthday)).toBe(years);
          expect(ageOn(birth, dayBefore)).toBe(years - 1);
        },
      ),
    );
  });

  it('agrees with isChild at the 18th birthday', () => {
    expect(isChild(ageOn('2008-03-16', TODAY))).toBe(true);
    expect(isChild(ageOn('2008-03-15', TODAY))).toBe(false);
  });
});
