import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/api/vocabulary.js';
import {
  allowedOrganisationActions,
  caseActions,
  consentStates,
  decideCaseAction,
  decideOrganisationAction,
  organisationActions,
  unitRelations,
  type CaseAction,
  type ConsentState,
  type UnitRelation,
} from './policy.js';

/** The refusal status, or 'allowed'. */
const outcome = (decision: ReturnType<typeof decideCaseAction>) =>
  decision.allowed ? 'allowed' : decision.status;

const subject = (role: Role, relations: UnitRelation[], consent: ConsentState) => ({
  role,
  relations: new Set(relations),
  consent,
});

describe('case access', () => {
  const every = caseActions.flatMap((action) =>
    roles.flatMap((role) =>
      unitRelations.flatMap((relation) =>
        consentStates.map((consent) => ({ action, role, relation, consent })),
      ),
    ),
  );

  it('covers the whole matrix of action × role × relation × consent', () => {
    expect(every).toHaveLength(
      caseActions.length * roles.length * unitRelations.length * consentStates.length,
    );
  });

  it('hides the SIP (404) from a unit with no part, or one whose invitation was declined', () => {
    for (const { action, role, consent } of every) {
      for (const relation of ['none', 'declined'] as const) {
        expect(decideCaseAction(action, subject(role, [relation], consent))).toEqual({
          allowed: false,
          status: 404,
          code: 'not_found',
        });
      }
    }
  });

  it('gives administrators and county coordinators no case data, whatever their unit’s part', () => {
    for (const { action, role, relation, consent } of every) {
      if (role === 'staff' || role === 'unit_manager') continue;
      expect(decideCaseAction(action, subject(role, [relation], consent)).allowed).toBe(false);
    }
  });

  it('lets the convener do everything while consent is given, and leaves the phase to decide before it', () => {
    for (const consent of ['given', 'none', 'declined', 'withdrawn'] as const) {
      for (const action of caseActions) {
        expect(decideCaseAction(action, subject('staff', ['convener'], consent))).toEqual({ allowed: true });
      }
    }
  });

  it('leaves the convener the record and closing when consent has expired', () => {
    for (const consent of ['expired'] as const) {
      const allowed = caseActions.filter(
        (action) => decideCaseAction(action, subject('staff', ['convener'], consent)).allowed,
      );
      expect(allowed).toEqual([
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
      expect(decideCaseAction('invite', subject('staff', ['convener'], consent))).toEqual({
        allowed: false,
        status: 403,
        code: 'consent_not_in_force',
      });
    }
  });

  it('cuts every other unit off at once when consent is withdrawn, expired or does not name it', () => {
    for (const { action, consent } of every) {
      if (consent === 'given') continue;
      for (const relation of ['invited', 'accepted', 'effort'] as const) {
        expect(outcome(decideCaseAction(action, subject('staff', [relation], consent)))).toBe(404);
      }
    }
  });

  it('lets an invited unit see enough to answer, report a deviation, and not see the plan', () => {
    const allowed = caseActions.filter(
      (action) => decideCaseAction(action, subject('staff', ['invited'], 'given')).allowed,
    );
    expect(allowed).toEqual(['seeSip', 'readCase', 'answerInvitation', 'reportDeviation']);
    expect(decideCaseAction('readPlan', subject('staff', ['invited'], 'given'))).toEqual({
      allowed: false,
      status: 403,
      code: 'not_allowed_for_unit',
    });
  });

  it('lets a participating unit read and write the plan and follow up, but not steer the case', () => {
    for (const relation of ['accepted', 'effort'] as const) {
      const allowed = caseActions.filter(
        (action) => decideCaseAction(action, subject('unit_manager', [relation], 'given')).allowed,
      );
      expect(allowed).toEqual([
        'seeSip',
        'readCase',
        'readPlan',
        'writePlan',
        'approvePlan',
        'followUp',
        'revealProtectedIdentity',
        'reportDeviation',
      ]);
      for (const steering of ['invite', 'close', 'recordConsent', 'establishPlan'] satisfies CaseAction[]) {
        expect(outcome(decideCaseAction(steering, subject('staff', [relation], 'given')))).toBe(403);
      }
    }
  });

  it('lets the coordinator lead the follow-up: call meetings, record attendance and follow-ups, change the plan', () => {
    const led = (relations: UnitRelation[]) =>
      caseActions.filter((action) => decideCaseAction(action, subject('staff', relations, 'given')).allowed);
    expect(led(['coordinator'])).toEqual([
      'seeSip',
      'readCase',
      'readPlan',
      'prepare',
      'invite',
      'recordAttendance',
      'writePlan',
      'approvePlan',
      'followUp',
      'revealProtectedIdentity',
      'reportDeviation',
      'offerFeedback',
    ]);
    // Taking part as well changes nothing; the case itself stays the convener's to steer and close.
    expect(led(['coordinator', 'accepted'])).toEqual(led(['coordinator']));
    for (const convenersOwn of [
      'close',
      'recordConsent',
      'withdrawConsent',
      'writeNeed',
      'establishPlan',
    ] as const)
      expect(outcome(decideCaseAction(convenersOwn, subject('staff', ['coordinator'], 'given')))).toBe(403);
    // Like any unit but the convener, only while a consent in force names it.
    for (const consent of ['none', 'withdrawn', 'expired', 'scope_excludes_unit'] as const)
      expect(outcome(decideCaseAction('invite', subject('staff', ['coordinator'], consent)))).toBe(404);
    // The convener that is also the coordinator keeps everything.
    expect(led(['convener', 'coordinator'])).toEqual([...caseActions]);
  });
});

describe('organisation access', () => {
  it('lets managers and administrators read the access log, and nobody else', () => {
    const readers = roles.filter((role) => decideOrganisationAction('readAccessLog', { role }).allowed);
    expect(readers).toEqual(['unit_manager', 'organisation_admin', 'system_admin']);
  });

  it('lets only administrators administer units and users', () => {
    expect(roles.filter((role) => decideOrganisationAction('administerUnits', { role }).allowed)).toEqual([
      'organisation_admin',
      'system_admin',
    ]);
  });

  it('lets only the system administrator change the county settings', () => {
    expect(
      roles.filter((role) => decideOrganisationAction('administerCountySettings', { role }).allowed),
    ).toEqual(['system_admin']);
  });

  it('lets only the roles that work with cases start a SIP or a discharge', () => {
    expect(roles.filter((role) => decideOrganisationAction('workWithCases', { role }).allowed)).toEqual([
      'staff',
      'unit_manager',
    ]);
  });

  it('lists for each role exactly the organisation actions the policy grants it', () => {
    for (const role of roles) {
      expect(allowedOrganisationActions(role), role).toEqual(
        organisationActions.filter((action) => decideOrganisationAction(action, { role }).allowed),
      );
    }
    expect(allowedOrganisationActions('county_coordinator')).toEqual(['readStatistics']);
  });

  it('shows statistics to all but plain staff', () => {
    expect(roles.filter((role) => decideOrganisationAction('readStatistics', { role }).allowed)).toEqual([
      'unit_manager',
      'organisation_admin',
      'county_coordinator',
      'system_admin',
    ]);
  });
});
