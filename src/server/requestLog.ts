import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { probes } from './instanceLife.js';

/**
 * One log line per request, when it is answered, with what the arrival line would have said (method, route, id):
 * every line is a write, and a write is among the costliest things a request does.
 */
export class AnsweredRequestLog extends LogController {
  override incomingRequest(): void {
    // Said by the completion line.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    // Load balancers probe every few seconds each; a probe is worth a line only when it is not answered 200.
    if (!error && reply.statusCode === 200 && probes.has(request.routeOptions.url ?? '')) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
