import type { Role } from '../../shared/api/vocabulary.js';

/**
 * Who may do what with a SIP (DOMAIN.md §5, need to know): decided from the role the user holds in the unit they
 * act for, that unit's part in the SIP, and the consent in force. Deny by default — an action not granted below
 * is refused. Refusals about a case the unit has no business with answer 404, so its existence is not revealed.
 */
export const caseActions = [
  'seeSip',
  'readCase',
  'readPlan',
  'writeNeed',
  'recordConsent',
  'withdrawConsent',
  'prepare',
  'invite',
  'answerInvitation',
  'recordAttendance',
  'writePlan',
  'establishPlan',
  'approvePlan',
  'followUp',
  'close',
  'revealProtectedIdentity',
  'reportDeviation',
  // Offering the individual a feedback link after a held meeting: the convener's, who met them.
  'offerFeedback',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Actions on the organisation rather than a case. */
export const organisationActions = [
  'workWithCases',
  'readAccessLog',
  'administerUnits',
  'readStatistics',
  'administerCountySettings',
  'readOutbox',
] as const;
export type OrganisationAction = (typeof organisationActions)[number];

/**
 * The unit's part in the SIP; `declined` is a unit that declined its invitation, `none` one never involved;
 * `coordinator` is the unit of the coordinator the established plan names.
 */
export const unitRelations = [
  'convener',
  'invited',
  'accepted',
  'declined',
  'effort',
  'coordinator',
  'none',
] as const;
export type UnitRelation = (typeof unitRelations)[number];

/** The consent as it stands for this unit today. */
export const consentStates = [
  'none',
  'given',
  'scope_excludes_unit',
  'withdrawn',
  'expired',
  'declined',
] as const;
export type ConsentState = (typeof consentStates)[number];

export type Decision = { allowed: true } | { allowed: false; status: 403 | 404; code: string };

const allow: Decision = { allowed: true };
const hidden: Decision = { allowed: false, status: 404, code: 'not_found' };
const forbidden = (code: string): Decision => ({ allowed: false, status: 403, code });

/** Roles that work with cases. Administrators and county coordinators see aggregates and settings only. */
export const caseWorkerRoles = ['staff', 'unit_manager'] as const satisfies readonly Role[];
const caseRoles: ReadonlySet<Role> = new Set(caseWorkerRoles);

export function worksWithCases(role: Role): boolean {
  return caseRoles.has(role);
}

/**
 * What the convener may still do when the consent has expired: keep the record, renew consent, close, and report
 * a deviation (which shares nothing about the individual).
 */
const convenerWithoutConsent: ReadonlySet<CaseAction> = new Set([
  'seeSip',
  'readCase',
  'readPlan',
  'writeNeed',
  'recordConsent',
  'withdrawConsent',
  'close',
  'revealProtectedIdentity',
  'reportDeviation',
]);

/**
 * What an invited unit that has not answered may do: learn enough to decide, answer, and report a deviation
 * (e.g. that another unit, not it, is responsible).
 */
const invitedActions: ReadonlySet<CaseAction> = new Set([
  'seeSip',
  'readCase',
  'answerInvitation',
  'reportDeviation',
]);

/** What every unit taking part in the plan may do: read it, write its own part, follow up, reveal when needed. */
const participantActions: ReadonlySet<CaseAction> = new Set([
  'seeSip',
  'readCase',
  'readPlan',
  'writePlan',
  'approvePlan',
  'followUp',
  'revealProtectedIdentity',
  'reportDeviation',
]);

/**
 * The coordinator leads the follow-up (the routine): once an established plan names a coordinator at a unit
 * other than the convener's, that unit calls planning and follow-up meetings, records attendance and follow-ups,
 * and proposes new versions, without the convener handing anything over. The convener keeps its rights.
 */
const coordinatorActions: ReadonlySet<CaseAction> = new Set([
  ...participantActions,
  'prepare',
  'invite',
  'recordAttendance',
  'offerFeedback',
]);

export interface CaseSubject {
  role: Role;
  /** The acting unit's relations to the SIP (a unit may be convener and responsible for an effort). */
  relations: ReadonlySet<UnitRelation>;
  consent: ConsentState;
}

export function decideCaseAction(action: CaseAction, subject: CaseSubject): Decision {
  const { relations, consent } = subject;
  const convener = relations.has('convener');
  const coordinator = relations.has('coordinator');
  const participant = relations.has('accepted') || relations.has('effort') || coordinator;
  const invited = relations.has('invited');
  if (!convener && !participant && !invited) return hidden;
  if (!caseRoles.has(subject.role)) return hidden;
  if (convener) {
    // Before consent, after a refusal or a withdrawal, the phase already allows only what may be done then
    // (record consent, close). An expired consent leaves the phase as it was, so the policy holds the line.
    if (consent !== 'expired') return allow;
    return convenerWithoutConsent.has(action) ? allow : forbidden('consent_not_in_force');
  }
  // Any other unit takes part only as far as a consent in force names it; otherwise it learns nothing.
  if (consent !== 'given') return hidden;
  if (coordinator) return coordinatorActions.has(action) ? allow : forbidden('not_allowed_for_unit');
  if (participant) return participantActions.has(action) ? allow : forbidden('not_allowed_for_unit');
  return invitedActions.has(action) ? allow : forbidden('not_allowed_for_unit');
}

export interface OrganisationSubject {
  role: Role;
}

export function decideOrganisationAction(action: OrganisationAction, subject: OrganisationSubject): Decision {
  switch (action) {
    // Starting a SIP or a discharge, and the lists of cases and deviations: the roles that work with cases.
    case 'workWithCases':
      return caseRoles.has(subject.role) ? allow : forbidden('role_not_allowed');
    case 'readAccessLog':
      return subject.role === 'unit_manager' ||
        subject.role === 'organisation_admin' ||
        subject.role === 'system_admin'
        ? allow
        : forbidden('role_not_allowed');
    case 'administerUnits':
      return subject.role === 'organisation_admin' || subject.role === 'system_admin'
        ? allow
        : forbidden('role_not_allowed');
    case 'readStatistics':
      return subject.role === 'staff' ? forbidden('role_not_allowed') : allow;
    // One installation serves one county, so its deadlines and escalation path bind every organisation in it:
    // only the system administrator changes them, not one organisation's administrator.
    case 'administerCountySettings':
      return subject.role === 'system_admin' ? allow : forbidden('role_not_allowed');
    // The local outbox holds the mail Samplan would have sent: administrators check it, case workers need not.
    case 'readOutbox':
      return subject.role === 'organisation_admin' || subject.role === 'system_admin'
        ? allow
        : forbidden('role_not_allowed');
  }
}

/** What a role may do in its organisation, as the API tells the web so its menus offer exactly that. */
export function allowedOrganisationActions(role: Role): OrganisationAction[] {
  return organisationActions.filter((action) => decideOrganisationAction(action, { role }).allowed);
}
