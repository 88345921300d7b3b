import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteModule } from '../../context.js';
import { databaseAnswers } from '../../data/databaseAnswers.js';
import { sendProblem } from '../../problem.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { problemsEn } from '../../../shared/words/problems.en.js';
import { problemsSv } from '../../../shared/words/problems.sv.js';

const words = { sv: problemsSv, en: problemsEn };

const healthResponse = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) });

/**
 * For load balancers and operators: answers only when the database answers too. A database that cannot be
 * reached is the service being unavailable (503), not a fault in it (500).
 */
export const healthRoutes: RouteModule = (app, { database }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['operations'], response: { 200: healthResponse } },
    },
    async (request, reply) => {
      try {
        await databaseAnswers(database.db);
      } catch (error) {
        request.log.warn({ err: error }, 'health check: the database does not answer');
        const text = bothLanguages(words, (said) => said.databaseUnavailable);
        return sendProblem(request, reply, 503, 'database_unavailable', text);
      }
      return { status: 'ok' as const, database: database.kind };
    },
  );
};
