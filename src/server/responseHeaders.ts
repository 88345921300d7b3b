import type { FastifyInstance } from 'fastify';

/** One year, as browsers' preload lists expect. */
const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * Headers that depend on the request rather than on the route: no cache keeps an API answer (they carry personal
 * data, and a shared computer's browser cache is the individual's data left behind), and HSTS is sent only over
 * HTTPS (RFC 6797 §7.2: a browser ignores it over plain HTTP, and a test or trial install on http must not learn
 * to refuse http). Behind a proxy, `request.protocol` follows X-Forwarded-Proto when the proxy is trusted.
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url.startsWith('/healthz') ||
      request.url.startsWith('/readyz')
    ) {
      reply.header('cache-control', 'no-store');
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', strictTransportSecurity);
  });
}
