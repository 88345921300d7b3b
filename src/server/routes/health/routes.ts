import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteModule } from '../../context.js';
import { databaseAnswers } from '../../data/databaseAnswers.js';
import { sendProblem } from '../../problem.js';
import { readiness, type ReadinessCheck } from '../../readiness.js';
import { knownMigrations } from '../../../db/migrate.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { problemsEn } from '../../../shared/words/problems.en.js';
import { problemsSv, type ProblemMessages } from '../../../shared/words/problems.sv.js';

const words = { sv: problemsSv, en: problemsEn };

const healthResponse = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) });
const readyResponse = z.object({ status: z.literal('ready') });

const notReadyBecause: Record<ReadinessCheck, (said: ProblemMessages) => string> = {
  migrations: (said) => said.migrationsPending,
  database: (said) => said.databaseUnavailable,
  draining: (said) => said.shuttingDown,
};

/**
 * For load balancers, orchestrators and operators. `/healthz` is liveness: the process answers, and so does its
 * database; a database that cannot be reached is the service being unavailable (503), not a fault in it (500).
 * `/readyz` is readiness: whether this instance should get traffic now (readiness.ts), and if not, which check
 * failed. Neither reads personal data.
 */
export const healthRoutes: RouteModule = (app, { database, life }) => {
  let migrations: Promise<string[]> | undefined;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
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
  typed.get(
    '/readyz',
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags: ['operations'], response: { 200: readyResponse } },
    },
    async (request, reply) => {
      migrations ??= knownMigrations();
      const answer = await readiness(life, database.db, await migrations);
      if (answer.ready) return { status: 'ready' as const };
      if (answer.check === 'database')
        request.log.warn({ err: answer.error }, 'readiness: the database does not answer');
      const text = bothLanguages(words, notReadyBecause[answer.check]);
      return sendProblem(request, reply, 503, 'not_ready', text, { check: answer.check });
    },
  );
};
