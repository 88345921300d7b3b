import type { SipDetail } from '../../shared/api/responses.js';

const unit = {
  unitId: '3f1c2a9e-5b7d-4c1e-8a2f-6d9b0e4c7a11',
  unitName: 'Biståndsenheten',
  organisationId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d',
  organisationName: 'Exempelby kommun',
  organisationKind: 'municipality',
} as const;

/**
 * A case as the server answers a step on it: the client reads every answer through the route's schema, so a
 * stand-in server must answer with a whole case, not a part of one.
 */
export function caseAnswer(id: string): SipDetail {
  return {
    id,
    caseNumber: 'SIP-2026-00042',
    phase: 'invitation',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-05T13:00:00.000Z',
    person: {
      id: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f',
      idKind: 'personnummer',
      idNumber: '19400101-0016',
      givenName: 'Astrid',
      familyName: 'Exempel',
      birthDate: '1940-01-01',
      sex: 'female',
      age: 86,
      protectedIdentity: false,
      address: '',
      phone: '',
      email: '',
      mobile: '',
    },
    need: {
      initiatorType: 'staff',
      initiatorUnitId: null,
      initiatorUnitName: null,
      initiatorName: '',
      targetGroup: 'elderly_multimorbid',
      description: 'Behöver samordnade insatser efter utskrivning.',
    },
    convener: unit,
    myParts: ['convener'],
    allowedActions: [],
    allowedChanges: [],
    myInvitationId: null,
    myInvitationAnswers: [],
    myMeetingChangeToSee: null,
    participants: [{ ...unit, parts: ['convener'] }],
    consent: null,
    preparation: null,
    meeting: null,
    invitations: [],
    template: null,
    plan: null,
    versions: [],
    followUps: [],
    guardians: [],
    childSignIn: { allowed: false, fromAge: 12, mayBeAllowed: false },
    fromPerson: null,
    nextFollowUpOn: null,
    closure: null,
    events: [],
  };
}
