import { z } from 'zod';
import { id, inBothLanguages, isoDate, periodInOrder, periodMessage } from '../fields.js';
import {
  accessLogChoiceKinds,
  actorKinds,
  accessLogPageSizeMax,
  caseNumberMessage,
  manyPersonsDefaults,
  normalisedCaseNumber,
  reviewerRoles,
  unusualPatterns,
} from './accessLogFields.js';

/** The access-log review: who read or wrote whose personal data, filtered, with unusual patterns flagged. */

export {
  accessLogExportMax,
  accessLogPageSizeMax,
  manyPersonsDefaults,
  normalisedCaseNumber,
  unusualPatterns,
  type UnusualPattern,
} from './accessLogFields.js';

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A case number (SIP-2026-00042), upper or lower case; the server reads it as `normalisedCaseNumber` gives it. */
const caseNumber = z
  .string()
  .trim()
  .max(30)
  .refine((text) => normalisedCaseNumber(text) !== null, inBothLanguages(caseNumberMessage));

/** The filters, as query parameters: a case number and ids, never an identity number or a name in an address. */
export const accessLogFilterFields = {
  caseNumber: caseNumber.optional(),
  person: id.optional(),
  user: id.optional(),
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

const choice = z.object({
  id: z.string(),
  /** "Anna Lind (anna)", "Vårdcentralen Åsen, Region Åsen": what the reviewer picks from, and what a search matches. */
  label: z.string(),
});

export const accessLogEntry = z.object({
  id: z.string(),
  occurredAt: z.string(),
  /** A staff user, or a person signed in with e-ID: then `user` is their e-ID identity and name (no username). */
  actorKind: z.enum(actorKinds),
  user: z.object({ id: z.string(), name: z.string(), username: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** A staff role, or an e-ID actor's relation to the case: individual, guardian, child or guest. */
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
  /**
   * What the filters name, by name, so the page can show them: each only when it appears in the reviewer's part
   * of the log, null otherwise — an unknown case number and one outside their part look the same.
   */
  named: z.object({
    sip: z.object({ id: z.string(), caseNumber: z.string() }).nullable(),
    person: personInEntry.nullable(),
    user: choice.nullable(),
    unit: choice.nullable(),
  }),
});
export type AccessLogResponse = z.infer<typeof accessLogResponse>;

/** A look-up by name, in a body like the person search, so what is typed never stands in an address. */
export const accessLogChoicesBody = z.strictObject({
  kind: z.enum(accessLogChoiceKinds),
  text: z.string().trim().min(1).max(100),
});

/** The users or units in the reviewer's part of the log whose label holds the text, upper or lower case. */
export const accessLogChoices = z.object({
  choices: z.array(choice),
  /** More match than are listed: type more to narrow. */
  more: z.boolean(),
});
export type AccessLogChoices = z.infer<typeof accessLogChoices>;
export type AccessLogChoice = z.infer<typeof choice>;

/** Whose accesses the reviewer sees: the units they manage, the organisations they administer, or the county. */
export const accessLogScope = z.object({
  role: z.enum(reviewerRoles),
  /** The units (unit manager) or organisations (organisation administrator) by name; empty for the county. */
  names: z.array(z.string()),
});
export type AccessLogScope = z.infer<typeof accessLogScope>;

export const accessLogPersonResponse = z.object({ person: personInEntry.nullable() });
export type AccessLogPersonResponse = z.infer<typeof accessLogPersonResponse>;
