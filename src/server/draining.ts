import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';
import { bothLanguages } from '../shared/words/bothLanguages.js';
import { problemsEn } from '../shared/words/problems.en.js';
import { problemsSv } from '../shared/words/problems.sv.js';

const words = { sv: problemsSv, en: problemsEn };

/**
 * While the server stops, a request that arrives on a connection already open (a browser's keep-alive) is
 * answered 503 with `Connection: close` and a problem saying why, so the client retries on another instance;
 * the requests already in hand finish. Fastify's own closing answer is off (app.ts), as it is not problem+json.
 */
export function registerDraining(app: FastifyInstance): void {
  let draining = false;
  app.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!draining) return;
    reply.header('connection', 'close').header('retry-after', '1');
    return sendProblem(
      request,
      reply,
      503,
      'shutting_down',
      bothLanguages(words, (said) => said.shuttingDown),
    );
  });
}
