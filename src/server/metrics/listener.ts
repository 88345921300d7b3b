import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Database } from '../../db/database.js';
import { registerDatabaseGauges } from './databaseGauges.js';
import { processMetrics } from './instruments.js';
import type { MetricsConfig } from './metricsConfig.js';

export interface MetricsListener {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves GET /metrics in Prometheus' text format on a listener of its own, apart from the public one: the numbers
 * are for the county's monitoring, and a proxy in front of Samplan never routes to them (decision 0042).
 */
export async function listenMetrics(
  config: MetricsConfig,
  database: Database,
  logger: Logger,
): Promise<MetricsListener> {
  const scraped = new Registry();
  // Node's own: memory, CPU, event loop delay, garbage collection, open handles.
  collectDefaultMetrics({ register: scraped });
  registerDatabaseGauges(scraped, database);
  const registry = Registry.merge([processMetrics, scraped]);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics scrape failed');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('The metrics could not be read\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${String(port)}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
