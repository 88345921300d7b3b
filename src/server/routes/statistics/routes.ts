import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteModule } from '../../context.js';
import { actingAs } from '../../auth/access.js';
import { computeStatistics } from '../../statistics/compute.js';
import { statisticsRoutes as routes } from '../../../shared/api/statisticsRoutes.js';

/**
 * The statistics report for the acting role's scope. Aggregates only, with no person, name or case number in
 * them, so reading it is not an access to personal data and is not written to the access log.
 */
export const statisticsRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    routes.report.path,
    {
      config: { access: 'actingUser', policy: 'organisation:readStatistics' },
      schema: { tags: ['statistics'], querystring: routes.report.query, response: routes.report.responses },
    },
    async (request) => computeStatistics(db, actingAs(request), request.query),
  );
};
