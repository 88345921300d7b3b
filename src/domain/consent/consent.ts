import { unprocessable } from '../errors.js';
import { consentMethods } from '../../shared/api/vocabulary.js';

/**
 * Consent to this coordination (DOMAIN.md §3.2): specific, limited in time, and able to be withdrawn. For a
 * child the guardians consent and the child's own view is recorded as far as age and maturity allow.
 */
export { consentMethods };
export type ConsentMethod = (typeof consentMethods)[number];

export const ADULT_AGE = 18;

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
      { sv: 'Samtyckets giltighetstid har redan passerat.', en: 'The consent is already past its end date.' },
      { field: 'validUntil' },
    );
  }
  if (consent.scopeUnitIds.length === 0) {
    throw unprocessable(
      'consent_scope_empty',
      {
        sv: 'Ange vilka enheter som får utbyta information.',
        en: 'Name the units that may exchange information.',
      },
      { field: 'scopeUnitIds' },
    );
  }
  if (isChild(context.age) && consent.guardians.length === 0) {
    throw unprocessable(
      'guardian_consent_missing',
      {
        sv: 'För ett barn ska vårdnadshavarnas samtycke registreras.',
        en: "For a child, the guardians' consent must be recorded.",
      },
      { field: 'guardians' },
    );
  }
  if (isChild(context.age) && consent.childView.trim() === '') {
    throw unprocessable(
      'child_view_missing',
      {
        sv: 'Beskriv barnets egen syn, eller varför den inte kunnat inhämtas.',
        en: "Describe the child's own view, or why it could not be obtained.",
      },
      { field: 'childView' },
    );
  }
}

export function checkConsentDeclined(consequencesExplained: boolean): void {
  if (!consequencesExplained) {
    throw unprocessable(
      'consequences_not_explained',
      {
        sv: 'Den enskilde ska ha fått veta vad det innebär att inte samtycka innan nej registreras.',
        en: 'The individual must have been told what declining means before the refusal is recorded.',
      },
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
