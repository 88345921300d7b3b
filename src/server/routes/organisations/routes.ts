import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organisationsResponse } from '../../../shared/api/responses.js';
import type { RouteModule } from '../../context.js';

/** The directory of organisations and their units: who can be invited and given efforts. Holds no personal data. */
export const organisationRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/organisations',
    {
      config: { access: 'user', policy: 'directory' },
      schema: { tags: ['directory'], response: { 200: organisationsResponse } },
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
