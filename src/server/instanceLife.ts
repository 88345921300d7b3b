import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';
import { bothLanguages } from '../shared/words/bothLanguages.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';

const words = { sv: problemsSv, en: problemsEn };

/**
 * Where this instance is in its life. A starting instance listens before its schema is up to date (start.ts), so
 * its liveness answers while it migrates or waits for another instance's migration; an app built over a database
 * already migrated (tests, tools) is serving from the start. Closing the app makes it draining.
 */
export interface InstanceLife {
  phase: 'starting' | 'serving' | 'draining';
}

/** The addresses that answer for themselves in every phase: liveness and readiness (routes/health). */
export const probes: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/**
 * Outside the serving phase, requests are answered 503 with a problem saying why, so the client retries on
 * another instance. While starting, nothing but the probes touches the database. While stopping, a request that
 * arrives on a connection already open (a browser's keep-alive) is answered with `Connection: close`, and the
 * requests already in hand finish; readiness answers for itself, naming the drain. Fastify's own closing answer
 * is off (app.ts), as it is not problem+json.
 */
export function registerInstanceLife(app: FastifyInstance, life: InstanceLife): void {
  app.addHook('preClose', (done) => {
    life.phase = 'draining';
    done();
  });
  app.addHook('onRequest', async (request, reply) => {
    if (life.phase === 'serving') return;
    reply.header('retry-after', '1');
    if (life.phase === 'starting') {
      if (probes.has(request.routeOptions.url ?? '')) return;
      return sendProblem(
        request,
        reply,
        503,
        'starting',
        bothLanguages(words, (said) => said.starting),
      );
    }
    reply.header('connection', 'close');
    if (request.routeOptions.url === '/readyz') return;
    return sendProblem(
      request,
      reply,
      503,
      'shutting_down',
      bothLanguages(words, (said) => said.shuttingDown),
    );
  });
}
