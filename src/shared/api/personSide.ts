import { z } from 'zod';
import { personActions, personRelations } from '../../domain/access/personPolicy.js';
import { id, isoDate } from '../fields.js';
import { approvalMethods, consentGivers, meetingForms, outcomeValues, sipPhaseValues } from './vocabulary.js';

/**
 * What the individual's own pages read and send (decision 0035): the person a SIP is for, a guardian acting for a
 * child, a child with a sign-in of their own, and guests. Plain terms only — the plan as the individual reads it,
 * never the staff side's records — and never an identity number or an address.
 */

const phase = z.enum(sipPhaseValues);
/** How the signed-in person stands to the case (never 'none': such a case is not shown at all). */
export const personRelation = z.enum(personRelations).exclude(['none']);
export type PersonRelationValue = z.infer<typeof personRelation>;
const dateTime = z.string();

/** One SIP in "mina SIP:ar". */
export const personSipSummary = z.object({
  id,
  relation: personRelation,
  /** The first name of the person the SIP is for: a guardian may have more than one child. */
  firstName: z.string(),
  phase,
  conveningUnitName: z.string(),
  /** The next meeting not yet held nor cancelled. */
  nextMeetingAt: dateTime.nullable(),
  /** A version of the plan waiting for the signed-in person's approval, if they may approve. */
  versionToApprove: z.number().int().nullable(),
});
export type PersonSipSummary = z.infer<typeof personSipSummary>;
export const personSipList = z.object({ sips: z.array(personSipSummary) });
export type PersonSipList = z.infer<typeof personSipList>;

export const meetingAnswerValues = ['coming', 'another_time'] as const;
export const meetingAnswer = z.enum(meetingAnswerValues);

/** A unit's answer to the invitation, as the individual reads it. */
export const unitAnswerValues = ['waiting', 'coming', 'not_coming'] as const;

export const personCoordinator = z.object({
  name: z.string(),
  unitName: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
});

export const personNextMeeting = z.object({
  id,
  startsAt: dateTime,
  endsAt: dateTime,
  form: z.enum(meetingForms),
  /** Empty where the individual's identity is protected: where they are met could lead to them. */
  place: z.string(),
  units: z.array(z.object({ name: z.string(), answer: z.enum(unitAnswerValues) })),
  /** The signed-in person's own answer, when they gave one. */
  myAnswer: z.object({ answer: meetingAnswer, wish: z.string(), answeredAt: dateTime }).nullable(),
});
export type PersonNextMeeting = z.infer<typeof personNextMeeting>;

/** The overview of one SIP: what the pages show first, and what the signed-in person may do there. */
export const personSipOverview = z.object({
  id,
  relation: personRelation,
  allowedActions: z.array(z.enum(personActions)),
  firstName: z.string(),
  phase,
  conveningUnitName: z.string(),
  /** From the established plan; null before there is one (or where the guest's scope does not reach it). */
  coordinator: personCoordinator.nullable(),
  /** Null where the signed-in person may not read the meeting, or none is planned. */
  nextMeeting: personNextMeeting.nullable(),
  establishedVersion: z.number().int().nullable(),
  versionToApprove: z.number().int().nullable(),
});
export type PersonSipOverview = z.infer<typeof personSipOverview>;

export const personMeetingAnswerBody = z.strictObject({
  meetingId: id,
  answer: meetingAnswer,
  /** When another time suits better: which. */
  wish: z.string().trim().max(1000).default(''),
});
export type PersonMeetingAnswerBody = z.infer<typeof personMeetingAnswerBody>;

/** The plan in plain terms: units by name, no ids, nothing of the staff side's bookkeeping. */
export const plainPlan = z.object({
  situation: z.string(),
  needs: z.string(),
  strengths: z.string(),
  wishes: z.string(),
  goals: z.array(z.object({ key: z.string(), kind: z.string(), text: z.string() })),
  efforts: z.array(
    z.object({
      key: z.string(),
      description: z.string(),
      unitName: z.string().nullable(),
      contact: z.string(),
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      /** The goals this effort works towards, by their keys in `goals`. */
      goalKeys: z.array(z.string()),
    }),
  ),
  measuresByOthers: z.array(
    z.object({ key: z.string(), description: z.string(), actor: z.string(), contact: z.string() }),
  ),
  coordinator: personCoordinator,
  overallResponsibility: z.string().nullable(),
  timePlan: z.string(),
  followUpWhat: z.string(),
  followUpDate: isoDate.nullable(),
  childView: z.string(),
});
export type PlainPlan = z.infer<typeof plainPlan>;

export const personPlanVersionSummary = z.object({
  version: z.number().int(),
  createdAt: dateTime,
  reason: z.string(),
  approval: z
    .object({
      at: dateTime,
      method: z.enum(approvalMethods),
      /** Given on these pages with e-ID. */
      byEId: z.boolean(),
    })
    .nullable(),
  objections: z.array(z.object({ text: z.string(), at: dateTime })),
});
export type PersonPlanVersionSummary = z.infer<typeof personPlanVersionSummary>;

export const personPlan = z.object({
  /** Null before the plan is established. */
  establishedVersion: z.number().int().nullable(),
  plan: plainPlan.nullable(),
  versions: z.array(personPlanVersionSummary),
});
export type PersonPlan = z.infer<typeof personPlan>;

export const personPlanVersion = z.object({
  version: personPlanVersionSummary,
  established: z.boolean(),
  plan: plainPlan,
});
export type PersonPlanVersion = z.infer<typeof personPlanVersion>;

export const personVersionParams = z.strictObject({
  id,
  version: z.coerce.number().int().min(1).max(100_000),
});

export const objectionBody = z.strictObject({ text: z.string().trim().min(1).max(4000) });

const ownText = z.string().max(4000);

/** "Vad är viktigt för mig", questions and own goals, in the individual's own words before the meeting. */
export const personPreparationBody = z.strictObject({
  whatMatters: ownText.default(''),
  questions: ownText.default(''),
  ownGoals: ownText.default(''),
});
export const personPreparation = z.object({
  whatMatters: z.string(),
  questions: z.string(),
  ownGoals: z.string(),
  updatedAt: dateTime.nullable(),
});
export type PersonPreparation = z.infer<typeof personPreparation>;

/** The child's voice: what is good, what is hard, what they wish for. */
export const childViewBody = z.strictObject({
  good: ownText.default(''),
  hard: ownText.default(''),
  wishes: ownText.default(''),
});
export const childView = z.object({
  good: z.string(),
  hard: z.string(),
  wishes: z.string(),
  /** Where the picture is read (GET, the image's own bytes); null without one. */
  pictureUrl: z.string().nullable(),
  updatedAt: dateTime.nullable(),
  /** Staff took it into the plan draft as "barnets synpunkter". */
  confirmed: z.boolean(),
});
export type ChildView = z.infer<typeof childView>;

/** The largest picture kept, in bytes; the request may be larger by base64's third. */
export const childPictureMaxBytes = 2 * 1024 * 1024;
export const childPictureBody = z.strictObject({
  /** The picture's bytes in base64 (a data: URL's prefix is allowed), PNG or JPEG. */
  base64: z
    .string()
    .min(1)
    .max(Math.ceil((childPictureMaxBytes * 4) / 3) + 200),
});

export const personConsent = z.object({
  /** Null where no consent was ever recorded. */
  consent: z
    .object({
      decision: z.enum(['given', 'declined']),
      givenBy: z.enum(consentGivers),
      givenOn: isoDate,
      validUntil: isoDate.nullable(),
      units: z.array(z.string()),
      relativesMayTakePart: z.boolean(),
      withdrawnAt: dateTime.nullable(),
    })
    .nullable(),
});
export type PersonConsent = z.infer<typeof personConsent>;
export const withdrawConsentBody = z.strictObject({ note: z.string().trim().max(2000).default('') });

/** Meetings the individual was at, about which they may answer the anonymous survey. */
export const personFeedbackMeetings = z.object({
  meetings: z.array(z.object({ id, startsAt: dateTime })),
});
export type PersonFeedbackMeetings = z.infer<typeof personFeedbackMeetings>;
export const personFeedbackBody = z.strictObject({ meetingId: id });
export const personFeedbackLink = z.object({ url: z.string(), expiresAt: dateTime });
export type PersonFeedbackLink = z.infer<typeof personFeedbackLink>;

export const personFollowUps = z.object({
  followUps: z.array(
    z.object({
      heldOn: isoDate,
      planVersion: z.number().int(),
      items: z.array(
        z.object({
          kind: z.enum(['goal', 'effort']),
          /** The goal's or the effort's words from that plan version. */
          text: z.string(),
          outcome: z.enum(outcomeValues),
          note: z.string(),
        }),
      ),
      notes: z.string(),
      nextDate: isoDate.nullable(),
    }),
  ),
  nextFollowUpOn: isoDate.nullable(),
});
export type PersonFollowUps = z.infer<typeof personFollowUps>;

/** Who opened or changed something about me: the unit always, a staff member's name only where the county lets. */
export const personAccessLog = z.object({
  entries: z.array(
    z.object({
      at: dateTime,
      /** The action as logged, e.g. `read_case` or `person:readPlan`. */
      action: z.string(),
      who: z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('staff'),
          unitName: z.string().nullable(),
          staffName: z.string().nullable(),
        }),
        z.object({ kind: z.literal('e_id'), relation: personRelation, name: z.string() }),
        z.object({ kind: z.literal('rivta_consumer'), consumer: z.string() }),
      ]),
    }),
  ),
});
export type PersonAccessLog = z.infer<typeof personAccessLog>;

export const personAccessLogQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
