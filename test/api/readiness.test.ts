import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { knownMigrations } from '../../src/db/migrate.js';
import { buildApp } from '../../src/server/app.js';
import { readConfig, type Config } from '../../src/server/config.js';
import type { InstanceLife } from '../../src/server/instanceLife.js';
import type { Problem } from '../../src/server/problem.js';
import { createLogger } from '../../src/server/logger.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { ApiClient } from '../support/apiClient.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';
import { serveTestDatabase, type TestServer } from '../support/testServer.js';

const silent = pino({ level: 'silent' });
const settings = (database: Config['database']): Config => ({
  ...readConfig({}),
  database,
  host: '127.0.0.1',
  port: 0,
  cookieSecure: false,
  seedDemo: false,
  scheduler: false,
  webRoot: null,
});

/** A logger whose lines the test reads. */
function readableLog() {
  const lines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  return { logger, lines };
}

async function accessLogEntries(test: TestDatabase): Promise<number> {
  const row = await test.database.db
    .selectFrom('accessLog')
    .select((eb) => eb.fn.countAll<string>().as('entries'))
    .executeTakeFirstOrThrow();
  return Number(row.entries);
}

describe.each(testDatabaseKinds())('readiness on %s', (kind) => {
  let test: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    server = await serveTestDatabase(test);
  });
  afterAll(async () => {
    await server.close();
    await test.drop();
  });

  it('answers /readyz 200 when the database has every migration this version knows, writing no access log', async () => {
    const before = await accessLogEntries(test);
    const response = await server.client().get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ready' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await accessLogEntries(test)).toBe(before);
  });

  it('answers /readyz 503 naming the migrations while the database lacks one it knows, and 200 once it has it', async () => {
    const last = (await knownMigrations()).at(-1)!;
    await sql`DELETE FROM schema_migrations WHERE name = ${last}`.execute(test.database.db);
    try {
      const response = await server.client().get<Problem>('/readyz');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 503, code: 'not_ready', check: 'migrations' });
      expect(response.body.messages).toEqual({
        sv: 'Databasen är ännu inte uppdaterad för den här versionen av Samplan.',
        en: 'The database is not yet brought up to date for this version of Samplan.',
      });
      // Liveness is another question: the process and its database answer.
      expect((await server.client().get('/healthz')).status).toBe(200);
    } finally {
      await sql`INSERT INTO schema_migrations (name) VALUES (${last})`.execute(test.database.db);
    }
    expect((await server.client().get('/readyz')).status).toBe(200);
  });

  it('answers /readyz 503 naming the database when it cannot be reached', async () => {
    const lost = await createTestDatabase(kind);
    const served = await serveTestDatabase(lost);
    try {
      expect((await served.client().get('/readyz')).status).toBe(200);
      await lost.drop();
      const response = await served.client().get<Problem>('/readyz');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ code: 'not_ready', check: 'database' });
      expect(response.body.messages).toEqual({
        sv: 'Databasen svarar inte.',
        en: 'The database does not answer.',
      });
    } finally {
      await served.close();
    }
  });

  it('while starting: liveness answers, readiness names the migrations, and every other request is 503 untouched', async () => {
    const life: InstanceLife = { phase: 'starting' };
    const app = await buildApp(
      { database: test.database, config: settings({ dataDir: null }), life },
      silent,
    );
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const client = new ApiClient(url);
      expect((await client.get('/healthz')).status).toBe(200);
      const readiness = await client.get<Problem>('/readyz');
      expect(readiness.status).toBe(503);
      expect(readiness.body).toMatchObject({ code: 'not_ready', check: 'migrations' });
      const before = await accessLogEntries(test);
      const signIn = await client.post<Problem>('/api/auth/login', { username: 'anna', password: 'x' });
      expect(signIn.status).toBe(503);
      expect(signIn.body).toMatchObject({ code: 'starting' });
      expect(signIn.body.messages).toEqual({
        sv: 'Servern startar. Inget ändrades. Försök igen om en stund.',
        en: 'The server is starting. Nothing was changed. Please try again in a moment.',
      });
      expect(signIn.headers.get('retry-after')).toBe('1');
      expect(await accessLogEntries(test)).toBe(before);
      life.phase = 'serving';
      expect((await client.get('/readyz')).status).toBe(200);
      expect((await client.post('/api/auth/login', { username: 'anna', password: 'x' })).status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('logs a probe only when it is not answered 200, and every other request as before', async () => {
    const { logger, lines } = readableLog();
    const served = await serveTestDatabase(test, {}, logger);
    try {
      const client = served.client();
      await client.get('/healthz');
      await client.get('/readyz');
      await client.get('/api/me');
      const last = (await knownMigrations()).at(-1)!;
      await sql`DELETE FROM schema_migrations WHERE name = ${last}`.execute(test.database.db);
      try {
        await client.get('/readyz');
      } finally {
        await sql`INSERT INTO schema_migrations (name) VALUES (${last})`.execute(test.database.db);
      }
    } finally {
      await served.close();
    }
    const answered = lines
      .map(
        (line) => JSON.parse(line) as { msg: string; req?: { route: string }; res?: { statusCode: number } },
      )
      .filter((line) => line.msg === 'request completed')
      .map((line) => [line.req?.route, line.res?.statusCode]);
    expect(answered).toEqual([
      ['/api/me', 401],
      ['/readyz', 503],
    ]);
  });

  it('describes both probes in the OpenAPI document under operations', async () => {
    const response = await server
      .client()
      .get<{ paths: Record<string, { get?: { tags?: string[] } }> }>('/api/openapi.json');
    expect(response.body.paths['/healthz']?.get?.tags).toEqual(['operations']);
    expect(response.body.paths['/readyz']?.get?.tags).toEqual(['operations']);
  });
});

// Only a PostgreSQL server is shared by instances, and so only there does one wait for another's migration.
describe.skipIf(!process.env.TEST_DATABASE_URL)('an instance starting while another migrates', () => {
  it('listens at once, answers liveness and 503 readiness while it waits for the migration lock, then serves', async () => {
    // An empty database, whose migration lock the test holds as another instance migrating would.
    const test = await createTestDatabase('postgresql', () => Promise.resolve());
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const otherInstance = test.database.exclusive(async () => {
      locked();
      await released;
    });
    await lockHeld;
    const { logger, lines } = readableLog();
    const starting = startServer(settings({ databaseUrl: test.databaseUrl! }), logger);
    let server: RunningServer | undefined;
    try {
      const listening = () => lines.find((line) => line.includes('brought up to date before traffic'));
      await vi.waitUntil(listening, { timeout: 30_000 });
      const url = (JSON.parse(listening()!) as { url: string }).url;
      const client = new ApiClient(url);
      expect((await client.get('/healthz')).status).toBe(200);
      const waiting = await client.get<Problem>('/readyz');
      expect(waiting.status).toBe(503);
      expect(waiting.body).toMatchObject({ code: 'not_ready', check: 'migrations' });
      expect((await client.get<Problem>('/api/me')).body).toMatchObject({ status: 503, code: 'starting' });
      // Nothing migrated while the lock was held by the other.
      const { rows } = await sql<{
        table: string | null;
      }>`SELECT to_regclass('schema_migrations')::text AS table`.execute(test.database.db);
      expect(rows).toEqual([{ table: null }]);

      release();
      await otherInstance;
      server = await starting;
      expect((await client.get('/readyz')).status).toBe(200);
      expect((await client.get('/api/me')).status).toBe(401);
    } finally {
      release();
      server ??= await starting.catch(() => undefined);
      await server?.stop();
      await test.drop();
    }
  }, 60_000);
});
