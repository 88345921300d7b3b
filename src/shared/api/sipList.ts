import { z } from 'zod';
import { inBothLanguages } from '../fields.js';
import { sipListCursor } from './sipListCursor.js';
import { caseNumberSearchProblem, dueWithinDaysMax, sipListPageSize } from './sipListFields.js';
import { sipPhaseValues, targetGroups, unitPartValues } from './vocabulary.js';

/**
 * The acting unit's cases, a page at a time (GET /api/sips): latest activity first, filtered and counted on the
 * server. Only case numbers are searched: names and identity numbers never travel in an address.
 */

/** A repeated parameter (`phase=a&phase=b`) arrives as an array, a single one as a string: both are a list. */
function oneOrMore<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(item).min(1).max(max),
  );
}

/** The case-number search, matched anywhere in the number, upper or lower case (see sipListFields.ts). */
const caseNumberSearch = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .superRefine((text, context) => {
    const problem = caseNumberSearchProblem(text);
    if (problem) context.addIssue({ code: 'custom', input: text, ...inBothLanguages(problem) });
  });

/** The filters narrow the list, and the total counts what is left of it. */
export const sipListQuery = z.strictObject({
  phase: oneOrMore(z.enum(sipPhaseValues), sipPhaseValues.length).optional(),
  targetGroup: oneOrMore(z.enum(targetGroups), targetGroups.length).optional(),
  /** The acting unit's part in the case. */
  part: oneOrMore(z.enum(unitPartValues), unitPartValues.length).optional(),
  /** The next date (the meeting, else the follow-up) is at most this many days ahead, or has passed. */
  dueWithinDays: z.coerce.number().int().min(0).max(dueWithinDaysMax).optional(),
  caseNumber: caseNumberSearch.optional(),
  limit: z.coerce.number().int().min(1).max(sipListPageSize.max).default(sipListPageSize.standard),
  /** The `nextCursor` of the page before; left out for the first page. */
  cursor: sipListCursor.optional(),
});
export type SipListQuery = z.infer<typeof sipListQuery>;
export type SipListFilter = Omit<SipListQuery, 'limit' | 'cursor'>;

export const sipListItem = z.object({
  id: z.string(),
  caseNumber: z.string(),
  phase: z.enum(sipPhaseValues),
  /** Masked when the person has protected identity. */
  personName: z.string(),
  protectedIdentity: z.boolean(),
  targetGroup: z.enum(targetGroups),
  convenerUnitName: z.string(),
  myParts: z.array(z.enum(unitPartValues)),
  /** The next date that matters: the meeting while one is planned, else the follow-up date. */
  nextDate: z.string().nullable(),
  nextDateKind: z.enum(['meeting', 'follow_up']).nullable(),
  updatedAt: z.string(),
});
export type SipListItem = z.infer<typeof sipListItem>;

export const sipListPage = z.object({
  items: z.array(sipListItem),
  /** Every case matching the filters that the unit may see, not only this page's. */
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type SipListPage = z.infer<typeof sipListPage>;

export const followUpDueItem = z.object({
  sipId: z.string(),
  caseNumber: z.string(),
  personName: z.string(),
  followUpOn: z.string(),
  overdue: z.boolean(),
});

/** Established plans whose follow-up date is near or past, the oldest first; `more` when not all are shown. */
export const followUpsDue = z.object({ items: z.array(followUpDueItem), more: z.boolean() });
export type FollowUpsDue = z.infer<typeof followUpsDue>;
