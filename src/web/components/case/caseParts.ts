import type { SipDetail } from '../../../shared/api/responses.js';
import type { Can, SipCommand } from './commands.js';
import { currentStep, type ProcessStep } from './steps.js';
import { personHasTold } from './person.js';

/**
 * The parts of the case page in the order of the process, each at its own address (`/sips/{id}/plan`), so a link,
 * a reload or the back button lands on the same part.
 */
export const caseParts = [
  'need',
  'consent',
  'preparation',
  'meeting',
  'plan',
  'follow-up',
  'closure',
] as const;

export type CasePart = (typeof caseParts)[number];

export function isCasePart(value: string | undefined): value is CasePart {
  return caseParts.some((part) => part === value);
}

/** The part where each step of the process is done: the invitation and the meeting share one. */
const stepPart: Record<ProcessStep, CasePart> = {
  need: 'need',
  consent: 'consent',
  preparation: 'preparation',
  invitation: 'meeting',
  meeting: 'meeting',
  plan: 'plan',
  followUp: 'follow-up',
  closed: 'closure',
};

/**
 * Whether a part has anything for the acting unit: something recorded, or a step the server lets it take there.
 * A part with nothing is neither offered nor shown.
 */
export const partShows: Record<CasePart, (sip: SipDetail, can: Can) => boolean> = {
  need: () => true,
  consent: (sip, can) => sip.consent !== null || can('recordConsent') || can('declineConsent'),
  preparation: (sip, can) =>
    sip.preparation !== null || can('savePreparation') || personHasTold(sip.fromPerson),
  meeting: (sip, can) => sip.meeting !== null || sip.invitations.length > 0 || can('invite'),
  plan: (sip, can) => sip.plan !== null || can('savePlanDraft'),
  'follow-up': (sip, can) => sip.followUps.length > 0 || can('recordFollowUp'),
  closure: (sip, can) => sip.closure !== null || can('close'),
};

/**
 * What to do next, in the order the process asks it: each step with the part where it is taken and, where the
 * part holds more than the step, the section within it.
 */
const nextSteps = [
  { command: 'recordConsent', part: 'consent' },
  { command: 'savePreparation', part: 'preparation' },
  { command: 'invite', part: 'meeting' },
  { command: 'recordAttendance', part: 'meeting', section: 'attendance' },
  { command: 'savePlanDraft', part: 'plan' },
  { command: 'establishPlan', part: 'plan' },
  { command: 'approvePlanVersion', part: 'plan', section: 'versions' },
  { command: 'recordFollowUp', part: 'follow-up' },
] as const satisfies readonly { command: SipCommand; part: CasePart; section?: string }[];

/** A step to take now, named by its command, which also names its words (`case.next.*`). */
export type NextStepLink = (typeof nextSteps)[number];

/** The steps the phase makes the next ones, of those the unit may take now. */
const stepsOfPhase: Record<SipDetail['phase'], SipCommand[]> = {
  need_identified: ['recordConsent'],
  consent_declined: ['recordConsent'],
  preparation: ['savePreparation', 'invite'],
  invitation: ['recordAttendance'],
  meeting_held: ['savePlanDraft', 'establishPlan'],
  plan_established: ['recordFollowUp', 'approvePlanVersion'],
  paused: ['recordConsent'],
  closed: [],
};

export function nextStepsOf(sip: SipDetail, can: Can): readonly NextStepLink[] {
  return nextSteps.filter(({ command }) => stepsOfPhase[sip.phase].includes(command) && can(command));
}

/**
 * The part the case opens on: the unit's own invitation to answer, else where its next step is taken, else the
 * part of the step the case stands at — or, when that part has nothing for the unit, the nearest one before it.
 */
export function defaultPart(sip: SipDetail, can: Can): CasePart {
  if (sip.myInvitationId) return 'meeting';
  const next = nextStepsOf(sip, can)[0];
  if (next) return next.part;
  const reached = caseParts.slice(0, caseParts.indexOf(stepPart[currentStep(sip)]) + 1);
  return reached.findLast((part) => partShows[part](sip, can)) ?? 'need';
}

/** The address of a part of the case, and of a section within it. */
export function partPath(sipId: string, part: CasePart, section?: string): string {
  return `/sips/${sipId}/${part}${section ? `#${section}` : ''}`;
}

/** Where a next step is taken: its part, and the section within it when it names one. */
export function nextStepPath(sipId: string, step: NextStepLink): string {
  return partPath(sipId, step.part, 'section' in step ? step.section : undefined);
}
