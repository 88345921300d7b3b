import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import type { RouteModule } from '../../context.js';
import { organisationsWithUnits } from '../../data/directory.js';

/** The directory of organisations and their units: who can be invited and given efforts. Holds no personal data. */
export const organisationRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    startRoutes.organisations.path,
    {
      config: { access: 'user', policy: 'directory' },
      schema: { tags: ['directory'], response: startRoutes.organisations.responses },
    },
    () => organisationsWithUnits(db),
  );
};
