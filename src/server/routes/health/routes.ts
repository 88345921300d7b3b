import { sql } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteModule } from '../../context.js';

const healthResponse = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) });

/** For load balancers and operators: answers only when the database answers too. */
export const healthRoutes: RouteModule = (app, { database }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['operations'], response: { 200: healthResponse } },
    },
    async () => {
      await sql`SELECT 1`.execute(database.db);
      return { status: 'ok' as const, database: database.kind };
    },
  );
};
