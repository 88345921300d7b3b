import { pino, type Logger } from 'pino';
import type { DatabaseKind } from '../../src/db/database.js';
import { buildApp } from '../../src/server/app.js';
import { readConfig, type Config } from '../../src/server/config.js';
import { ApiClient } from './apiClient.js';
import { createTestDatabase, type TestDatabase } from './testDatabase.js';
import type { FastifyInstance } from 'fastify';

export interface TestServer extends TestDatabase {
  app: FastifyInstance;
  url: string;
  client(): ApiClient;
  close(): Promise<void>;
}

/**
 * The real app over real HTTP on a loopback port, over a test database the caller already has, with any settings
 * the test needs (and a logger, for a test that reads what was logged). Closing it stops the app only: the database stays the caller's to drop.
 */
export async function serveTestDatabase(
  testDatabase: TestDatabase,
  settings: Partial<Config> = {},
  logger: Logger = pino({ level: 'silent' }),
): Promise<TestServer> {
  const config = { ...readConfig({}), cookieSecure: false, seedDemo: false, webRoot: null, ...settings };
  const app = await buildApp({ database: testDatabase.database, config }, logger);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    ...testDatabase,
    app,
    url,
    client: () => new ApiClient(url),
    close: () => app.close(),
  };
}

/**
 * The real app over real HTTP on a loopback port, with its own empty database of the given kind, and any settings
 * the test needs (e.g. an SMTP server of its own). Closing it drops the database too.
 */
export async function startTestServer(
  kind: DatabaseKind,
  settings: Partial<Config> = {},
): Promise<TestServer> {
  const testDatabase = await createTestDatabase(kind);
  const served = await serveTestDatabase(testDatabase, settings);
  return {
    ...served,
    async close() {
      await served.close();
      await testDatabase.drop();
    },
  };
}
