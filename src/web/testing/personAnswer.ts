import type {
  PersonPlan,
  PersonSipOverview,
  PersonSipSummary,
  PlainPlan,
} from '../../shared/api/personSide.js';

/**
 * What the individual side's server answers, as whole answers: the client reads each through the route's schema,
 * so a stand-in must answer with all of it.
 */
export const sipId = '5d2b7c1e-3a4f-4b6c-8d9e-0f1a2b3c4d5e';
export const meetingId = '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b';

export function sipSummary(overrides: Partial<PersonSipSummary> = {}): PersonSipSummary {
  return {
    id: sipId,
    relation: 'individual',
    firstName: 'Tor',
    phase: 'plan_established',
    conveningUnitName: 'Biståndsenheten',
    nextMeetingAt: null,
    versionToApprove: null,
    ...overrides,
  };
}

export function overviewAnswer(overrides: Partial<PersonSipOverview> = {}): PersonSipOverview {
  return {
    id: sipId,
    relation: 'individual',
    allowedActions: ['seeCase', 'readMeeting', 'answerMeeting', 'readPlan', 'approvePlan', 'prepare'],
    firstName: 'Tor',
    phase: 'invitation',
    conveningUnitName: 'Biståndsenheten',
    coordinator: {
      name: 'Maria Samordnare',
      unitName: 'Biståndsenheten',
      phone: '010-123 45 67',
      email: 'maria@example.se',
    },
    nextMeeting: {
      id: meetingId,
      startsAt: '2026-12-10T13:00:00.000Z',
      endsAt: '2026-12-10T14:30:00.000Z',
      form: 'in_person',
      place: 'Storgatan 1, Exempelby',
      units: [
        { name: 'Biståndsenheten', answer: 'coming' },
        { name: 'Vårdcentralen Exempelby', answer: 'waiting' },
      ],
      myAnswer: null,
    },
    establishedVersion: 1,
    versionToApprove: 1,
    ...overrides,
  };
}

export const plainPlan: PlainPlan = {
  situation: 'Jag bor ensam i en lägenhet.',
  needs: 'Hjälp att handla och laga mat.',
  strengths: 'Jag tycker om att promenera.',
  wishes: '',
  goals: [
    { key: 'g1', kind: 'individual', text: 'Klara mig själv hemma.' },
    { key: 'g2', kind: 'shared', text: 'Färre besök på akuten.' },
  ],
  efforts: [
    {
      key: 'e1',
      description: 'Hemtjänst hjälper till att handla varje vecka.',
      unitName: 'Hemtjänsten Exempelby',
      contact: '010-222 33 44',
      startDate: '2026-12-01',
      endDate: '2027-05-31',
      goalKeys: ['g1'],
    },
  ],
  measuresByOthers: [],
  coordinator: {
    name: 'Maria Samordnare',
    unitName: 'Biståndsenheten',
    phone: '010-123 45 67',
    email: 'maria@example.se',
  },
  overallResponsibility: null,
  timePlan: '',
  followUpWhat: 'Om hjälpen med maten fungerar.',
  followUpDate: '2027-03-01',
  childView: '',
};

export function planAnswer(overrides: Partial<PersonPlan> = {}): PersonPlan {
  return {
    establishedVersion: 1,
    plan: plainPlan,
    versions: [
      {
        version: 1,
        createdAt: '2026-11-20T10:00:00.000Z',
        reason: 'Planen fastställd på mötet.',
        approval: null,
        objections: [],
      },
    ],
    ...overrides,
  };
}
