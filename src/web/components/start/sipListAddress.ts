import { followUpHorizonDays } from '../../../shared/api/sipListFields.js';
import { sipPhaseValues, targetGroups, unitPartValues } from '../../../shared/api/vocabulary.js';

type Phase = (typeof sipPhaseValues)[number];
type TargetGroup = (typeof targetGroups)[number];
type Part = (typeof unitPartValues)[number];

/** The choices of "next date" the page offers, in days ahead; 0 means already past. */
export const dueChoices = [0, 7, followUpHorizonDays, 30] as const;
export type DueChoice = (typeof dueChoices)[number];

/** The list's filters as the form holds them; an empty value means no filter. */
export interface SipListFilterDraft {
  phase: Phase[];
  targetGroup: TargetGroup | '';
  part: Part | '';
  dueWithinDays: DueChoice | null;
  caseNumber: string;
}

/**
 * What the start page keeps of the case list in its address, so a reload, a link and the back button all show
 * the same page: the filters, the page's cursor, and the number of its first case (the cursor says where the page
 * starts, not how many came before).
 */
export interface SipListAddress {
  filter: SipListFilterDraft;
  cursor: string | null;
  from: number;
}

export const noFilter: SipListFilterDraft = {
  phase: [],
  targetGroup: '',
  part: '',
  dueWithinDays: null,
  caseNumber: '',
};

/** The plans the start page counts as due: the follow-ups section links here when it cannot show them all. */
export const followUpsDueFilter: SipListFilterDraft = {
  ...noFilter,
  phase: ['plan_established'],
  dueWithinDays: followUpHorizonDays,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

export function sipListFromParams(params: URLSearchParams): SipListAddress {
  const cursor = params.get('cursor');
  const from = Number(params.get('from'));
  return {
    filter: {
      phase: sipPhaseValues.filter((phase) => params.getAll('phase').includes(phase)),
      targetGroup: oneOf(targetGroups, params.get('targetGroup')) ?? '',
      part: oneOf(unitPartValues, params.get('part')) ?? '',
      dueWithinDays: dueChoices.find((days) => String(days) === params.get('dueWithinDays')) ?? null,
      caseNumber: params.get('caseNumber')?.trim() ?? '',
    },
    cursor: cursor || null,
    from: cursor && Number.isInteger(from) && from > 1 ? from : 1,
  };
}

/** The filters, and the page when it is not the first, as query parameters: empty ones are left out. */
export function sipListParams(
  filter: SipListFilterDraft,
  page?: { cursor: string; from: number },
): URLSearchParams {
  const params = new URLSearchParams();
  for (const phase of filter.phase) params.append('phase', phase);
  for (const key of ['targetGroup', 'part', 'caseNumber'] as const) {
    const value = filter[key].trim();
    if (value) params.set(key, value);
  }
  if (filter.dueWithinDays !== null) params.set('dueWithinDays', String(filter.dueWithinDays));
  if (page) {
    params.set('cursor', page.cursor);
    params.set('from', String(page.from));
  }
  return params;
}

/** The API's query for the address's page: the same parameters, less the page's first number. */
export function sipListApiQuery(address: SipListAddress): string {
  const params = sipListParams(
    address.filter,
    address.cursor ? { cursor: address.cursor, from: address.from } : undefined,
  );
  params.delete('from');
  return params.toString();
}

export function isFiltered(filter: SipListFilterDraft): boolean {
  return sipListParams(filter).size > 0;
}
