import { route } from './route.js';
import { statisticsQuery, statisticsReport } from './statistics.js';

/**
 * The statistics report for the acting role's scope, drilled down by the filter's scope, scope id and principal.
 * Its CSV and Excel exports take the same query but answer files, which the page links to rather than reads.
 */
export const statisticsRoutes = {
  report: route({
    method: 'GET',
    path: '/api/statistics',
    query: statisticsQuery,
    responses: { 200: statisticsReport },
  }),
};
