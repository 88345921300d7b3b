import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import { id, isoDate, periodInOrder, periodMessage } from '../../shared/fields.js';
import { ageBands, comparisons, scopeLevels } from '../../shared/api/statistics.js';
import { organisationKinds, sexes, targetGroups } from '../../shared/api/vocabulary.js';

/** The longest period one report covers: two years, enough to compare one year with the one before. */
const longestPeriodDays = 731;

/** GET /api/statistics's query: the filter of src/shared/api/statistics.ts, checked field by field. */
export const statisticsQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    targetGroup: z.enum(targetGroups).optional(),
    ageBand: z.enum(ageBands).optional(),
    sex: z.enum(sexes).optional(),
    scope: z.enum(scopeLevels),
    scopeId: id.optional(),
    principal: z.enum(organisationKinds).optional(),
    compareWith: z.enum(comparisons).optional(),
  })
  .refine(periodInOrder, periodMessage)
  .refine((query) => differenceInCalendarDays(parseISO(query.to), parseISO(query.from)) < longestPeriodDays, {
    path: ['to'],
    message: `a period is at most ${String(longestPeriodDays)} days`,
  })
  .refine((query) => (query.scope === 'county') === (query.scopeId === undefined), {
    path: ['scopeId'],
    message: 'scopeId names the organisation or unit, and only for those scopes',
  })
  .refine((query) => query.scope === 'county' || query.principal === undefined, {
    path: ['principal'],
    message: 'principal only narrows the county scope',
  });
