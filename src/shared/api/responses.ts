import { z } from 'zod';
import { invitationCommands } from '../../domain/invitation/lifecycle.js';
import { planContentSchema } from '../plan.js';
import { templateReference } from './planTemplates.js';
import { problemBody } from './problem.js';
import { followUpsDue, sipListPage } from './sipList.js';
import {
  approvalMethods,
  sexes,
  attendanceValues,
  closureReasons,
  consentGivers,
  consentMethods,
  idKinds,
  initiatorTypes,
  invitationStatusValues,
  meetingForms,
  organisationKinds,
  outcomeValues,
  sipCommandValues,
  sipEventTypes,
  sipPhaseValues,
  targetGroups,
  casePartValues,
  caseChangeValues,
  unitPartValues,
} from './vocabulary.js';

/** The shapes the API answers with; the server's presenters produce exactly these and the web app reads them. */

const localised = z.object({ sv: z.string(), en: z.string() });
const timestamp = z.string();

export const unitRef = z.object({
  unitId: z.string(),
  unitName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  organisationKind: z.enum(organisationKinds),
});

export const personView = z.object({
  id: z.string(),
  idKind: z.enum(idKinds),
  /** Formatted for reading: YYYYMMDD-NNNN, or the reserve number as given. */
  idNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  age: z.number().nullable(),
  protectedIdentity: z.boolean(),
  address: z.string(),
  phone: z.string(),
  /** Where the individual's notices go (a link only); withheld, like the address, for a protected identity. */
  email: z.string(),
  mobile: z.string(),
});

export const personLookupResponse = z.object({
  idKind: z.enum(idKinds),
  idNumber: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  /** The person, when the acting unit already takes part in one of their SIPs; otherwise null. */
  person: personView.nullable(),
});

/**
 * What the population register said of an identity number: `found` with name and address (never an address for a
 * protected identity), `not_found`, `unavailable` (no answer in time, or one that could not be read), or `off` when
 * this installation has no register and name and address are typed by hand.
 */
export const populationRegisterResponse = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    /** `demo` when the answer comes from the demo's fictional persons. */
    source: z.enum(['demo', 'county']),
    person: z.object({
      givenName: z.string(),
      familyName: z.string(),
      address: z.string(),
      protectedIdentity: z.boolean(),
    }),
  }),
  z.object({ status: z.literal('not_found') }),
  z.object({ status: z.literal('unavailable') }),
  z.object({ status: z.literal('off') }),
]);

export const consentView = z.object({
  id: z.string(),
  decision: z.enum(['given', 'declined']),
  method: z.enum(consentMethods),
  givenByName: z.string(),
  givenByRelation: z.enum(consentGivers),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  relativesMayTakePart: z.boolean(),
  guardians: z.array(z.object({ name: z.string() })),
  childView: z.string(),
  consequencesExplained: z.boolean(),
  note: z.string(),
  scope: z.array(unitRef),
  recordedByName: z.string(),
  recordedUnitName: z.string(),
  recordedAt: timestamp,
  withdrawnAt: timestamp.nullable(),
  withdrawalNote: z.string(),
});

export const preparationView = z.object({
  whatMatters: z.string(),
  questions: z.string(),
  childView: z.string(),
  meetingForm: z.enum(meetingForms),
  place: z.string(),
  updatedByName: z.string(),
  updatedAt: timestamp,
});

export const meetingView = z.object({
  id: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  form: z.enum(meetingForms),
  place: z.string(),
  /** Counts reschedules. */
  sequence: z.number(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  cancelReason: z.string(),
  individualPresent: z.boolean().nullable(),
  relativesPresent: z.boolean().nullable(),
  attendanceNote: z.string(),
  /** Held without Samplan and entered afterwards (efterregistrerat). */
  enteredAfterwards: z.boolean(),
});

export const invitationView = unitRef.extend({
  id: z.string(),
  meetingId: z.string(),
  obliged: z.boolean(),
  status: z.enum(invitationStatusValues),
  message: z.string(),
  sentAt: timestamp,
  sentByName: z.string(),
  acknowledgedAt: timestamp.nullable(),
  answeredAt: timestamp.nullable(),
  answeredByName: z.string().nullable(),
  attendees: z.string(),
  declineReason: z.string(),
  forwardNote: z.string(),
  forwardedFromUnitName: z.string().nullable(),
  attendance: z.enum(attendanceValues).nullable(),
});

export const missingPartView = z.object({ code: z.string(), path: z.string(), text: localised });

export const planView = z.object({
  revision: z.number(),
  establishedVersion: z.number().nullable(),
  content: planContentSchema,
  /** What the law still requires before the plan can be established (empty when complete). */
  missing: z.array(missingPartView),
  updatedByName: z.string().nullable(),
  updatedAt: timestamp,
  /** The template version the plan was last saved with. */
  template: templateReference.nullable(),
});

/** A save refused because it was based on an older revision (`stale_plan`), with the plan as it now is. */
export const stalePlanProblem = problemBody.extend({ current: planView });

export const planVersionSummary = z.object({
  version: z.number(),
  reason: z.string(),
  authorName: z.string(),
  authorUnitName: z.string(),
  createdAt: timestamp,
  approvedAt: timestamp.nullable(),
  approvalMethod: z.enum(approvalMethods).nullable(),
  approvalNote: z.string(),
  /** The template version this plan version was written with. */
  template: templateReference.nullable(),
});

export const planVersionView = planVersionSummary.extend({ content: planContentSchema });

export const planChangeView = z.object({
  section: z.string(),
  itemKey: z.string().optional(),
  field: z.string().optional(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
});

export const planDiffResponse = z.object({
  from: z.number(),
  to: z.number(),
  changes: z.array(planChangeView),
});

export const followUpView = z.object({
  id: z.string(),
  heldOn: z.string(),
  planVersion: z.number(),
  items: z.array(
    z.object({
      kind: z.enum(['goal', 'effort']),
      key: z.string(),
      outcome: z.enum(outcomeValues),
      note: z.string(),
    }),
  ),
  notes: z.string(),
  problems: z.string(),
  nextDate: z.string().nullable(),
  recordedByName: z.string(),
  recordedUnitName: z.string(),
  recordedAt: timestamp,
});

export const eventView = z.object({
  type: z.enum(sipEventTypes),
  fromPhase: z.string().nullable(),
  toPhase: z.string().nullable(),
  occurredAt: timestamp,
  actorName: z.string(),
  actorUnitName: z.string().nullable(),
});

/** A guardian staff recorded on the case; name and contact are withheld, like the child's, for a protected identity. */
export const guardianView = z.object({
  id: z.string(),
  name: z.string(),
  /** Formatted for reading: YYYYMMDD-NNNN. */
  idNumber: z.string(),
  email: z.string(),
  mobile: z.string(),
  recordedByName: z.string(),
  recordedAt: timestamp,
});

/** Whether the child reads their plan with a sign-in of their own, and whether staff may decide so now. */
export const childSignInView = z.object({
  allowed: z.boolean(),
  /** The county's age from which a child may be given their own sign-in. */
  fromAge: z.number(),
  /** The person is a child of that age or older: the decision can be made. */
  mayBeAllowed: z.boolean(),
});

/** Who on the individual's side wrote something: the person themself or a recorded guardian (named), or someone else. */
const personWriter = z.object({
  name: z.string(),
  relation: z.enum(['individual', 'guardian', 'other']),
});

/** What the individual, a guardian or the child told on their own pages, as staff see it when preparing. */
export const fromPersonView = z.object({
  preparation: z
    .object({
      whatMatters: z.string(),
      questions: z.string(),
      ownGoals: z.string(),
      writtenBy: personWriter,
      updatedAt: timestamp,
    })
    .nullable(),
  /** Answers to the current meeting: coming, or asking for another time with their wish. */
  meetingAnswers: z.array(
    z.object({
      answer: z.enum(['coming', 'another_time']),
      wish: z.string(),
      answeredAt: timestamp,
      answeredBy: personWriter,
    }),
  ),
  /** "Something is wrong" about a plan version, instead of approving it. */
  objections: z.array(
    z.object({ version: z.number(), text: z.string(), createdAt: timestamp, writtenBy: personWriter }),
  ),
  childView: z
    .object({
      good: z.string(),
      hard: z.string(),
      wishes: z.string(),
      /** A picture or drawing to fetch from GET /api/sips/:id/child-view/picture. */
      hasPicture: z.boolean(),
      writtenBy: personWriter,
      updatedAt: timestamp,
      /** When staff took it into the plan draft as the child's view, and who. */
      confirmedAt: timestamp.nullable(),
      confirmedByName: z.string().nullable(),
    })
    .nullable(),
});

export const participantView = unitRef.extend({ parts: z.array(z.enum(unitPartValues)) });

export const sipDetail = z.object({
  id: z.string(),
  caseNumber: z.string(),
  phase: z.enum(sipPhaseValues),
  createdAt: timestamp,
  updatedAt: timestamp,
  person: personView,
  need: z.object({
    initiatorType: z.enum(initiatorTypes),
    initiatorUnitId: z.string().nullable(),
    initiatorUnitName: z.string().nullable(),
    initiatorName: z.string(),
    targetGroup: z.enum(targetGroups),
    description: z.string(),
  }),
  convener: unitRef,
  /** The acting unit's parts in this SIP, and what it may do now: the UI offers exactly these actions. */
  myParts: z.array(z.enum(casePartValues)),
  allowedActions: z.array(z.enum(sipCommandValues)),
  /** The changes that leave the phase (guardians, the child's sign-in, contact, the child's view) it may make now. */
  allowedChanges: z.array(z.enum(caseChangeValues)),
  /** The acting unit's own open invitation to the current meeting, if any, so it can answer from the case. */
  myInvitationId: z.string().nullable(),
  /**
   * The answers the acting unit may give its open invitation now (empty when it has none), decided on the server
   * by the one rule for whether an invitation can still be answered: the page offers exactly these.
   */
  myInvitationAnswers: z.array(z.enum(invitationCommands)),
  /**
   * The acting unit's invitation whose meeting was moved or changed since the unit last marked it seen, so the
   * page can point out the change until the unit says it has seen it (POST /api/invitations/:id/seen).
   */
  myMeetingChangeToSee: z.string().nullable(),
  participants: z.array(participantView),
  consent: consentView.nullable(),
  preparation: preparationView.nullable(),
  meeting: meetingView.nullable(),
  invitations: z.array(invitationView),
  /** The template the case uses now: its target group's, or one chosen for the case. */
  template: z
    .object({ id: z.string(), version: z.number(), name: z.string(), chosen: z.boolean() })
    .nullable(),
  plan: planView.nullable(),
  versions: z.array(planVersionSummary),
  followUps: z.array(followUpView),
  /** The guardians staff recorded, who sign in with e-ID and act for the child. */
  guardians: z.array(guardianView),
  childSignIn: childSignInView,
  /** What the individual's side told; null for a unit that may not read the plan. */
  fromPerson: fromPersonView.nullable(),
  nextFollowUpOn: z.string().nullable(),
  closure: z.object({ reason: z.enum(closureReasons), note: z.string(), closedAt: timestamp }).nullable(),
  events: z.array(eventView),
});

export const inboxItem = z.object({
  id: z.string(),
  sipId: z.string(),
  caseNumber: z.string(),
  status: z.enum(invitationStatusValues),
  obliged: z.boolean(),
  convenerUnitName: z.string(),
  convenerOrganisationName: z.string(),
  meetingStartsAt: timestamp,
  meetingForm: z.enum(meetingForms),
  meetingPlace: z.string(),
  message: z.string(),
  sentAt: timestamp,
  /** The meeting was moved since this unit last opened the invitation. */
  rescheduled: z.boolean(),
});

/** The start page: what to answer, the first page of the unit's cases, and the follow-ups due. */
export const startResponse = z.object({
  inbox: z.array(inboxItem),
  sips: sipListPage,
  followUpsDue: followUpsDue,
});

export const organisationsResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    units: z.array(
      z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable(), category: z.string() }),
    ),
  }),
);

export type SipDetail = z.infer<typeof sipDetail>;
export type InboxItem = z.infer<typeof inboxItem>;
export type StartResponse = z.infer<typeof startResponse>;
export type PersonLookupResponse = z.infer<typeof personLookupResponse>;
export type PopulationRegisterResponse = z.infer<typeof populationRegisterResponse>;
export type Organisations = z.infer<typeof organisationsResponse>;
export type PlanVersionView = z.infer<typeof planVersionView>;
export type PlanDiffResponse = z.infer<typeof planDiffResponse>;
export type InvitationView = z.infer<typeof invitationView>;
export type GuardianView = z.infer<typeof guardianView>;
export type FromPersonView = z.infer<typeof fromPersonView>;
