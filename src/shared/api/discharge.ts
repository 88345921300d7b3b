import { z } from 'zod';
import { id, isoDate, isoDateTime, longText, requiredShortText } from '../fields.js';
import {
  deadlineStandings,
  dischargeActions,
  dischargeEventTypes,
  dischargeStatuses,
  interruptionReasons,
} from './dischargeVocabulary.js';
import { newPersonSchema } from './requests.js';

/** The discharge process (lag 2017:612) as the API speaks it, shared by server and web. */

export const dischargeIdParams = z.strictObject({ id });

export const admissionNoticeBody = z.strictObject({
  person: newPersonSchema,
  admittedAt: isoDateTime,
  expectsMunicipalityEfforts: z.boolean(),
  expectsPrimaryCareEfforts: z.boolean(),
  municipalityUnitId: id,
  primaryCareUnitId: id,
  estimatedDischargeOn: isoDate.nullable().default(null),
});

export const estimatedDischargeBody = z.strictObject({ estimatedDischargeOn: isoDate });

/** Ready may be recorded after the fact (the time it was declared), never ahead of time. */
export const readyForDischargeBody = z.strictObject({ readyAt: isoDateTime });

export const careContactBody = z.strictObject({ userId: id });

export const startSipFromDischargeBody = z.strictObject({
  description: z.string().trim().min(1).max(10_000),
});

export const interruptionBody = z.strictObject({
  reason: z.enum(interruptionReasons),
  note: longText.default(''),
});

/** Times in answers are ISO 8601 strings made by the presenters. */
const timestamp = z.string();

const unitRef = z.object({ unitId: id, unitName: z.string() });

export const dischargeDeadline = z.object({
  lastDay: isoDate,
  lateFrom: timestamp,
  standing: z.enum(deadlineStandings),
  days: z.number().int(),
});

export const dischargeListItem = z.object({
  id,
  personName: z.string(),
  protectedIdentity: z.boolean(),
  status: z.enum(dischargeStatuses),
  inpatientUnit: unitRef,
  admittedAt: timestamp,
  estimatedDischargeOn: isoDate.nullable(),
  readyAt: timestamp.nullable(),
  deadline: dischargeDeadline.nullable(),
  careContactName: z.string().nullable(),
  sipId: id.nullable(),
  /** How the acting unit takes part: the ward, the municipality, primary care (the named care contact's unit). */
  myParts: z.array(z.enum(['inpatient', 'municipality', 'primary_care'])),
});

/** The acting unit's processes, and whether it is an inpatient unit that may send admission notices. */
export const dischargeList = z.object({
  mayRegisterAdmission: z.boolean(),
  processes: z.array(dischargeListItem),
});

export const dischargeDetail = dischargeListItem.extend({
  person: z.object({
    idNumber: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    age: z.number().int().nullable(),
    protectedIdentity: z.boolean(),
  }),
  municipalityUnit: unitRef,
  primaryCareUnit: unitRef,
  expectsMunicipalityEfforts: z.boolean(),
  expectsPrimaryCareEfforts: z.boolean(),
  admissionNoticeAt: timestamp,
  careContact: z.object({ unit: unitRef, userId: id, name: z.string() }).nullable(),
  /** Whom the primary care unit can name as the named care contact: its own staff. */
  careContactCandidates: z.array(z.object({ userId: id, name: requiredShortText })),
  invitedAt: timestamp.nullable(),
  interruption: z.object({ reason: z.enum(interruptionReasons), note: z.string(), at: timestamp }).nullable(),
  events: z.array(
    z.object({ type: z.enum(dischargeEventTypes), occurredAt: timestamp, unitName: z.string() }),
  ),
  allowedActions: z.array(z.enum(dischargeActions)),
});

export type DischargeListItem = z.infer<typeof dischargeListItem>;
export type DischargeList = z.infer<typeof dischargeList>;
export type DischargeDetail = z.infer<typeof dischargeDetail>;
