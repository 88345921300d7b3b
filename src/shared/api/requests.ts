import { z } from 'zod';
import { id, isoDate, isoDateTime, longText, phone, requiredShortText, shortText } from '../fields.js';
import { planContentSchema } from '../plan.js';
import {
  staffApprovalMethods,
  closureReasons,
  consentGivers,
  consentMethods,
  initiatorTypes,
  meetingForms,
  outcomeValues,
  attendanceValues,
  targetGroups,
} from './vocabulary.js';

/** Request bodies of the SIP process, one per step. Every object is strict: an unknown field is an error. */

/** An identity number is sent in a body, never in an address, so it does not end up in logs or history. */
export const personLookupBody = z.strictObject({
  idNumber: z.string().trim().min(1).max(20),
  /** A reserve number given by a care provider to a person not yet identified. */
  reserve: z.boolean().default(false),
});

/** A personnummer or samordningsnummer to ask the population register about (a reserve number is in no register). */
export const populationRegisterBody = z.strictObject({
  idNumber: z.string().trim().min(1).max(20),
});

export const newPersonSchema = z.strictObject({
  idNumber: z.string().trim().min(1).max(20),
  reserve: z.boolean().default(false),
  givenName: requiredShortText,
  familyName: requiredShortText,
  protectedIdentity: z.boolean().default(false),
  address: shortText.default(''),
  phone: phone.default(''),
});

export const needSchema = z.strictObject({
  initiatorType: z.enum(initiatorTypes),
  /** The unit that noticed the need, when staff or another actor did. */
  initiatorUnitId: id.nullable().default(null),
  /** The person who raised it, e.g. a relative's name or the school's contact. */
  initiatorName: shortText.default(''),
  targetGroup: z.enum(targetGroups),
  description: z.string().trim().min(1).max(10_000),
});

export const createSipBody = z.strictObject({ person: newPersonSchema, need: needSchema });

export const consentGivenBody = z.strictObject({
  decision: z.literal('given'),
  method: z.enum(consentMethods),
  givenByName: requiredShortText,
  givenByRelation: z.enum(consentGivers),
  givenOn: isoDate,
  validUntil: isoDate,
  /** Units that may exchange information about the individual in this coordination. */
  scopeUnitIds: z.array(id).min(1).max(100),
  relativesMayTakePart: z.boolean(),
  guardians: z
    .array(z.strictObject({ name: requiredShortText }))
    .max(4)
    .default([]),
  childView: longText.default(''),
  note: longText.default(''),
});

export const consentDeclinedBody = z.strictObject({
  decision: z.literal('declined'),
  method: z.enum(consentMethods),
  givenByName: requiredShortText,
  givenByRelation: z.enum(consentGivers),
  givenOn: isoDate,
  /** The individual was told what declining means: each unit still plans its own efforts. */
  consequencesExplained: z.boolean(),
  note: longText.default(''),
});

export const consentBody = z.discriminatedUnion('decision', [consentGivenBody, consentDeclinedBody]);

export const withdrawConsentBody = z.strictObject({ note: longText.default('') });

export const preparationBody = z.strictObject({
  whatMatters: longText,
  questions: longText,
  childView: longText.default(''),
  meetingForm: z.enum(meetingForms),
  place: shortText,
});

const meetingTime = {
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  form: z.enum(meetingForms),
  place: shortText,
};

export const scheduleMeetingBody = z.strictObject({
  ...meetingTime,
  unitIds: z.array(id).min(1).max(50),
  message: longText.default(''),
});

export const inviteMoreBody = z.strictObject({
  unitIds: z.array(id).min(1).max(50),
  message: longText.default(''),
});

export const rescheduleBody = z.strictObject({ ...meetingTime, reason: shortText.default('') });

/** Why the meeting is cancelled: the invited units are told that it is, and read why in Samplan. */
export const cancelMeetingBody = z.strictObject({ reason: requiredShortText });

export const attendanceBody = z.strictObject({
  individualPresent: z.boolean(),
  relativesPresent: z.boolean(),
  note: longText.default(''),
  attendance: z.array(z.strictObject({ invitationId: id, attendance: z.enum(attendanceValues) })).max(50),
});

/**
 * A meeting that was held without Samplan, entered afterwards: its real times, and for each unit that was
 * there or should have been, its attendance.
 */
export const heldMeetingBody = z.strictObject({
  ...meetingTime,
  individualPresent: z.boolean(),
  relativesPresent: z.boolean(),
  note: longText.default(''),
  attendance: z.array(z.strictObject({ unitId: id, attendance: z.enum(attendanceValues) })).max(50),
});

export const savePlanBody = z.strictObject({
  /** The plan revision the edit was based on; a save on an older revision is refused with the current plan. */
  baseRevision: z.number().int().min(0),
  content: planContentSchema,
  /** Why an established plan is changed; required then, since each change becomes a version. */
  reason: shortText.default(''),
});

export const establishPlanBody = z.strictObject({ baseRevision: z.number().int().min(0) });

export const approvalBody = z.strictObject({
  method: z.enum(staffApprovalMethods),
  note: shortText.default(''),
});

export const followUpBody = z.strictObject({
  heldOn: isoDate,
  items: z
    .array(
      z.strictObject({
        kind: z.enum(['goal', 'effort']),
        key: z.string().min(1).max(64),
        outcome: z.enum(outcomeValues),
        note: longText.default(''),
      }),
    )
    .max(200),
  notes: longText.default(''),
  problems: longText.default(''),
  nextDate: isoDate.nullable(),
});

export const closeBody = z.strictObject({ reason: z.enum(closureReasons), note: longText.default('') });

export const acknowledgeBody = z.strictObject({});
export const acceptBody = z.strictObject({ attendees: requiredShortText });
export const declineBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const forwardBody = z.strictObject({ unitId: id, note: shortText.default('') });

export const sipIdParams = z.strictObject({ id });
export const versionParams = z.strictObject({ id, version: z.coerce.number().int().min(1) });
export const diffQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

/** Showing a protected person's name and contact details needs a reason, which the access log keeps. */
export const revealBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });
