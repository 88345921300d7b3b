import { z } from 'zod';
import { inBothLanguages } from '../fields.js';
import { sipListCursor } from './sipListCursor.js';
import { sipPhaseValues, targetGroups, unitPartValues } from './vocabulary.js';

/**
 * The acting unit's cases, a page at a time (GET /api/sips): latest activity first, filtered and counted on the
 * server. Only case numbers are searched: names and identity numbers never travel in an address.
 */

export const sipListPageSize = { standard: 50, max: 100 } as const;
export const dueWithinDaysMax = 365;
/** How far ahead the start page looks for follow-ups, so they can be booked in time. */
export const followUpHorizonDays = 14;

/** A repeated parameter (`phase=a&phase=b`) arrives as an array, a single one as a string: both are a list. */
function oneOrMore<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(item).min(1).max(max),
  );
}

/** A piece of a case number such as SIP-2026-00042: part of the letters SIP, then digits and dashes. */
const CASE_NUMBER_PIECE = /^(SIP|SI|S|IP|I|P)?[0-9-]+$|^(SIP|SI|S|IP|I|P)$/i;
/** The shape of an identity number (personnummer or samordningsnummer), with or without century and dash. */
const IDENTITY_NUMBER = /\d{6}(\d{2})?-?\d{4}/;

/**
 * The case-number search, matched anywhere in the number, upper or lower case. Only what a case number can hold
 * is accepted, so neither a name nor an identity number can end up in an address, a log or the browser history.
 */
export const caseNumberSearch = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine(
    (text) => CASE_NUMBER_PIECE.test(text),
    inBothLanguages({
      sv: 'Sök på ärendenummer, till exempel SIP-2026-00042 eller 00042. Namn går inte att söka på här.',
      en: 'Search by case number, such as SIP-2026-00042 or 00042. Names cannot be searched here.',
    }),
  )
  .refine(
    (text) => !IDENTITY_NUMBER.test(text),
    inBothLanguages({
      sv: 'Det ser ut som ett personnummer. Personuppgifter får inte stå i en adress; sök på ärendenummer.',
      en: 'That looks like an identity number. Personal data must not be in an address; search by case number.',
    }),
  );

/** The filters, as query parameters; each narrows the list, and the total counts what is left. */
export const sipListFilterFields = {
  phase: oneOrMore(z.enum(sipPhaseValues), sipPhaseValues.length).optional(),
  targetGroup: oneOrMore(z.enum(targetGroups), targetGroups.length).optional(),
  /** The acting unit's part in the case. */
  part: oneOrMore(z.enum(unitPartValues), unitPartValues.length).optional(),
  /** The next date (the meeting, else the follow-up) is at most this many days ahead, or has passed. */
  dueWithinDays: z.coerce.number().int().min(0).max(dueWithinDaysMax).optional(),
  caseNumber: caseNumberSearch.optional(),
};

export const sipListQuery = z.strictObject({
  ...sipListFilterFields,
  limit: z.coerce.number().int().min(1).max(sipListPageSize.max).default(sipListPageSize.standard),
  /** The `nextCursor` of the page before; left out for the first page. */
  cursor: sipListCursor.optional(),
});
export type SipListQuery = z.infer<typeof sipListQuery>;
export type SipListFilter = Omit<SipListQuery, 'limit' | 'cursor'>;
export type SipListFilterKey = keyof typeof sipListFilterFields;

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
