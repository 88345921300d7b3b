import { z } from 'zod';
import { id, isoDate, periodInOrder, periodMessage } from '../fields.js';
import { accessLogPageSizeMax, manyPersonsDefaults, unusualPatterns } from './accessLogFields.js';

/** The access-log review: who read or wrote whose personal data, filtered, with unusual patterns flagged. */

export {
  accessLogExportMax,
  accessLogPageSizeMax,
  manyPersonsDefaults,
  unusualPatterns,
  type UnusualPattern,
} from './accessLogFields.js';

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The filters, as query parameters: ids only, never an identity number or a name in an address. */
export const accessLogFilterFields = {
  user: id.optional(),
  person: id.optional(),
  sip: id.optional(),
  unit: id.optional(),
  /** Calendar days in Europe/Stockholm, both included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** An action code as logged, e.g. `read_case` or `write:invite`. */
  action: z
    .string()
    .max(60)
    .regex(/^[a-z_]+(:[A-Za-z_]+)?$/)
    .optional(),
  /** Only entries with this unusual pattern, or with any. */
  unusual: z.enum(['any', ...unusualPatterns]).optional(),
  manyPersons: count(2, 1000).default(manyPersonsDefaults.persons),
  windowMinutes: count(1, 24 * 60).default(manyPersonsDefaults.windowMinutes),
};

export const accessLogExportQuery = z
  .strictObject(accessLogFilterFields)
  .refine(periodInOrder, periodMessage);

export const accessLogQuery = z
  .strictObject({
    ...accessLogFilterFields,
    page: count(1, 10_000).default(1),
    pageSize: count(1, accessLogPageSizeMax).default(50),
  })
  .refine(periodInOrder, periodMessage);

export type AccessLogFilter = z.infer<typeof accessLogExportQuery>;

const personInEntry = z.object({
  id: z.string(),
  /** "Skyddad identitet" / "Protected identity" when the person's identity is protected. */
  name: z.string(),
  /** Null when the person's identity is protected. */
  idNumber: z.string().nullable(),
  protectedIdentity: z.boolean(),
});

export const accessLogEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  user: z.object({ id: z.string(), name: z.string(), username: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  role: z.string(),
  action: z.string(),
  person: personInEntry.nullable(),
  sip: z.object({ id: z.string(), caseNumber: z.string().nullable() }).nullable(),
  clientAddress: z.string(),
  reason: z.string(),
  unusual: z.array(z.enum(unusualPatterns)),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;

export const unusualSummary = z.object({
  total: z.number(),
  manyPersons: z.number(),
  outsideWorkingHours: z.number(),
  unitNotTakingPart: z.number(),
  /** Users who reached the many-persons threshold, with the most distinct persons they reached in one window. */
  manyPersonsUsers: z.array(
    z.object({
      user: z.object({ id: z.string(), name: z.string(), username: z.string() }),
      entries: z.number(),
      mostPersons: z.number(),
      firstAt: z.string(),
    }),
  ),
});
export type UnusualSummary = z.infer<typeof unusualSummary>;

export const accessLogResponse = z.object({
  entries: z.array(accessLogEntry),
  page: z.number(),
  pageSize: z.number(),
  summary: unusualSummary,
  thresholds: z.object({ manyPersons: z.number(), windowMinutes: z.number() }),
  exportMax: z.number(),
});
export type AccessLogResponse = z.infer<typeof accessLogResponse>;

export const accessLogChoices = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string(), organisationName: z.string() })),
  users: z.array(z.object({ id: z.string(), name: z.string(), username: z.string() })),
});
export type AccessLogChoices = z.infer<typeof accessLogChoices>;

export const accessLogPersonResponse = z.object({ person: personInEntry.nullable() });
export type AccessLogPersonResponse = z.infer<typeof accessLogPersonResponse>;
