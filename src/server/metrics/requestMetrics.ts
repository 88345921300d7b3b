import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { httpRequestDuration, httpRequestErrors } from './instruments.js';

// Any other word a client sends as a method would become a label of its own.
const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Times every answer under its route's pattern (`/api/sips/:id`), never the address asked for, which holds ids and
 * a query string; an address no route matched counts as `unmatched`.
 */
export function registerRequestMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
    const labels = {
      route: request.routeOptions.url ?? 'unmatched',
      method: knownMethods.has(request.method) ? request.method : 'other',
      status_class: `${String(Math.floor(reply.statusCode / 100))}xx`,
    };
    httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 400) httpRequestErrors.inc(labels);
    done();
  });
}
