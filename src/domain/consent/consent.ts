import { unprocessable } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { consentRefusalsEn } from '../../shared/words/consentRefusals.en.js';
import { consentRefusalsSv } from '../../shared/words/consentRefusals.sv.js';
import { consentMethods } from '../../shared/api/vocabulary.js';

/**
 * Consent to this coordination (DOMAIN.md §3.2): specific, limited in time, and able to be withdrawn. For a
 * child the guardians consent and the child's own view is recorded as far as age and maturity allow.
 */
export { consentMethods };
export type ConsentMethod = (typeof consentMethods)[number];

export const ADULT_AGE = 18;

const words = { sv: consentRefusalsSv, en: consentRefusalsEn };

export interface ConsentGiven {
  validUntil: string;
  scopeUnitIds: string[];
  guardians: { name: string }[];
  childView: string;
}

export interface ConsentContext {
  today: string;
  /** Age in whole years, when the birth date is known. */
  age: number | null;
}

export function isChild(age: number | null): boolean {
  return age !== null && age < ADULT_AGE;
}

export function checkConsentGiven(consent: ConsentGiven, context: ConsentContext): void {
  if (consent.validUntil < context.today) {
    throw unprocessable(
      'consent_expired',
      bothLanguages(words, (said) => said.expired),
      { field: 'validUntil' },
    );
  }
  if (consent.scopeUnitIds.length === 0) {
    throw unprocessable(
      'consent_scope_empty',
      bothLanguages(words, (said) => said.scopeEmpty),
      { field: 'scopeUnitIds' },
    );
  }
  if (isChild(context.age) && consent.guardians.length === 0) {
    throw unprocessable(
      'guardian_consent_missing',
      bothLanguages(words, (said) => said.guardianConsentMissing),
      { field: 'guardians' },
    );
  }
  if (isChild(context.age) && consent.childView.trim() === '') {
    throw unprocessable(
      'child_view_missing',
      bothLanguages(words, (said) => said.childViewMissing),
      { field: 'childView' },
    );
  }
}

export function checkConsentDeclined(consequencesExplained: boolean): void {
  if (!consequencesExplained) {
    throw unprocessable(
      'consequences_not_explained',
      bothLanguages(words, (said) => said.consequencesNotExplained),
      { field: 'consequencesExplained' },
    );
  }
}

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (birthDate === null) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
