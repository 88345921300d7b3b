import { z } from 'zod';
import { id } from '../fields.js';
import {
  deviationActions,
  deviationFilters,
  deviationKinds,
  deviationStatuses,
  deviationTextMax,
} from './deviationFields.js';

/** Deviations (avvikelser): reported on a SIP, routed to a unit's manager, handled, escalated and closed. */

const requiredText = z.string().trim().min(1).max(deviationTextMax);

/** A deviation reported by hand by a unit taking part in the SIP, about a unit taking part in it. */
export const reportDeviationBody = z.strictObject({
  kind: z.enum(deviationKinds),
  /** The unit the deviation concerns; its manager handles it first. */
  unitId: id,
  description: requiredText,
});
export type ReportDeviationBody = z.input<typeof reportDeviationBody>;

export const handleDeviationBody = z.strictObject({
  note: z.string().trim().max(deviationTextMax).default(''),
});
/** An escalation says why the local level could not solve it. */
export const escalateDeviationBody = z.strictObject({ note: requiredText });
export const closeDeviationBody = z.strictObject({ resolution: requiredText });

export const deviationIdParams = z.strictObject({ id });
export const deviationListQuery = z.strictObject({ filter: z.enum(deviationFilters).default('mine') });

const named = z.object({ id: z.string(), name: z.string() });

export const deviationSummary = z.object({
  id: z.string(),
  kind: z.enum(deviationKinds),
  status: z.enum(deviationStatuses),
  /**
   * What it is about, by case number or as a discharge process, never by the individual: a SIP, a discharge
   * process (an invitation late after discharge, with or without a SIP started), or both.
   */
  sipId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  dischargeProcessId: z.string().nullable(),
  unit: named,
  routedUnit: named,
  escalationLevel: z.number(),
  /** The level's name in the caller's language; the unit's manager at level 0. */
  levelName: z.string(),
  automatic: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the acting user may do with it now. */
  allowedActions: z.array(z.enum(deviationActions)),
});
export type DeviationSummary = z.infer<typeof deviationSummary>;

export const deviationListResponse = z.object({ deviations: z.array(deviationSummary) });
export type DeviationListResponse = z.infer<typeof deviationListResponse>;

export const deviationDetail = deviationSummary.extend({
  description: z.string(),
  resolution: z.string(),
  reportedBy: z.object({ name: z.string(), unitName: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  /** The name of the level an escalation would go to, or null when there is none. */
  nextLevelName: z.string().nullable(),
  history: z.array(
    z.object({
      fromStatus: z.enum(deviationStatuses).nullable(),
      toStatus: z.enum(deviationStatuses),
      escalationLevel: z.number(),
      levelName: z.string(),
      routedUnitName: z.string(),
      note: z.string(),
      /** Null when Samplan raised the deviation itself. */
      actorName: z.string().nullable(),
      actorUnitName: z.string().nullable(),
      occurredAt: z.string(),
    }),
  ),
});
export type DeviationDetail = z.infer<typeof deviationDetail>;
