import { z } from 'zod';
import { email, id, isoDate, itemKey, longText, phone, shortText } from './fields.js';
import { goalKinds } from './emptyPlan.js';
import { codingSchema } from './coding.js';

export { emptyPlan, goalKinds } from './emptyPlan.js';

/**
 * The content of a plan (DOMAIN.md §3.6). A draft may leave any part empty; `missingPlanParts` in the domain
 * says which parts the law requires before the plan is established.
 */

export const goalSchema = z.strictObject({
  key: itemKey,
  kind: z.enum(goalKinds),
  text: longText,
  /** Codes that classify the goal; the text stays what the goal says. */
  codes: z.array(codingSchema).max(10).default([]),
});

export const effortSchema = z.strictObject({
  key: itemKey,
  description: longText,
  /** The unit responsible; its organisation is the responsible principal or other actor. */
  responsibleUnitId: id.nullable(),
  contactPerson: shortText,
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  goalKeys: z.array(itemKey).max(50),
  /** Codes that classify the effort (a KSI intervention, say); the description stays what the effort is. */
  codes: z.array(codingSchema).max(10).default([]),
});

export const measureByOthersSchema = z.strictObject({
  key: itemKey,
  description: longText,
  actor: shortText,
  contact: shortText,
});

export const coordinatorSchema = z.strictObject({
  name: shortText,
  unitId: id.nullable(),
  phone: phone,
  email: z.union([email, z.literal('')]),
  /** The individual has accepted this person as their coordinator (the routine asks that it be recorded). */
  acceptedByIndividual: z.boolean().default(false),
});

export const planContentSchema = z.strictObject({
  situation: longText,
  needs: longText,
  /** Codes that classify the needs (ICF, say); the needs are still said in `needs`, in the person's words. */
  needsCodes: z.array(codingSchema).max(20).default([]),
  strengths: longText,
  wishes: longText,
  goals: z.array(goalSchema).max(100),
  efforts: z.array(effortSchema).max(100),
  measuresByOthers: z.array(measureByOthersSchema).max(100),
  /** The principal (region or municipality) with the overall responsibility for the plan. */
  overallResponsibilityOrganisationId: id.nullable(),
  coordinator: coordinatorSchema,
  /**
   * Units that took part in writing the plan without being at the meeting (by phone, say): with the units at
   * the meetings, they show that both principals made the plan.
   */
  writtenWithUnitIds: z.array(id).max(50).default([]),
  timePlan: longText,
  followUpWhat: longText,
  followUpDate: isoDate.nullable(),
  medication: longText,
  assistiveDevices: longText,
  childView: longText,
  childViewHowObtained: longText,
  individualParticipation: longText,
});

export type PlanContent = z.infer<typeof planContentSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Effort = z.infer<typeof effortSchema>;
export type MeasureByOthers = z.infer<typeof measureByOthersSchema>;
