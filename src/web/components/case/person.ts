import type { FromPersonView, SipDetail } from '../../../shared/api/responses.js';

/** A child's plan needs the guardians' consent and the child's own view (DOMAIN.md §3.2, §3.6). */
export function isChild(sip: SipDetail): boolean {
  return sip.person.age !== null && sip.person.age < 18;
}

/** The units the current consent lets take part; nobody else may be invited (DOMAIN.md §5, consent first). */
export function consentScope(sip: SipDetail): string[] {
  const consent = sip.consent;
  if (!consent || consent.decision !== 'given' || consent.withdrawnAt) return [];
  return consent.scope.map((unit) => unit.unitId);
}

/** Whether the individual's side has told anything the preparation should show. */
export function personHasTold(fromPerson: FromPersonView | null): fromPerson is FromPersonView {
  return (
    fromPerson !== null &&
    (fromPerson.preparation !== null ||
      fromPerson.meetingAnswers.length > 0 ||
      fromPerson.objections.length > 0 ||
      fromPerson.childView !== null)
  );
}
