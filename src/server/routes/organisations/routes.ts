import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import type { RouteModule } from '../../context.js';

/** The directory of organisations and their units: who can be invited and given efforts. Holds no personal data. */
export const organisationRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    startRoutes.organisations.path,
    {
      config: { access: 'user', policy: 'directory' },
      schema: { tags: ['directory'], response: startRoutes.organisations.responses },
    },
    async () => {
      const organisations = await db
        .selectFrom('organisations')
        .select(['id', 'name', 'kind'])
        .orderBy('kind')
        .orderBy('name')
        .execute();
      const units = await db
        .selectFrom('units')
        .select(['id', 'name', 'parentId', 'category', 'organisationId'])
        .orderBy('name')
        .execute();
      return organisations.map((organisation) => ({
        ...organisation,
        units: units
          .filter((unit) => unit.organisationId === organisation.id)
          .map(({ id, name, parentId, category }) => ({ id, name, parentId, category })),
      }));
    },
  );
};
