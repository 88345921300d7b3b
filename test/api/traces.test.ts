import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config.js';
import { runCli, serveEmbedded, type CliProcess } from '../support/cli.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/testDatabase.js';

interface ExportedSpan {
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

/** A small OTLP/HTTP JSON receiver: keeps every body posted to /v1/traces. */
async function startReceiver(): Promise<{ server: Server; url: string; bodies: string[] }> {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces') bodies.push(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, bodies };
}

function spans(bodies: string[]): ExportedSpan[] {
  return bodies.flatMap((body) =>
    (
      JSON.parse(body) as {
        resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
      }
    ).resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)),
  );
}

const attribute = (span: ExportedSpan, key: string) =>
  span.attributes.find((entry) => entry.key === key)?.value.stringValue;

async function until<T>(read: () => T | undefined): Promise<T> {
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('when traces are wanted', () => {
  const traces = (env: Record<string, string>) => readConfig(env).traces;
  it('follows the standard variables, and is off without them', () => {
    expect(traces({})).toBeNull();
    expect(traces({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({
      protocol: 'http/protobuf',
      serviceName: 'samplan',
    });
    expect(traces({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).not.toBeNull();
    expect(
      traces({
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
        OTEL_SERVICE_NAME: 'samplan-2',
      }),
    ).toEqual({ protocol: 'grpc', serviceName: 'samplan-2' });
    expect(
      traces({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      })?.protocol,
    ).toBe('http/json');
    expect(traces({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBeNull();
    expect(traces({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBeNull();
  });

  it('refuses an exporter or protocol it cannot honour, naming the variable', () => {
    expect(() => readConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER/);
    expect(() => readConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'carrier-pigeon' })).toThrow(
      /OTEL_EXPORTER_OTLP_PROTOCOL/,
    );
    expect(() => readConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });

  it('the command refuses to start with such a value, naming it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'samplan-traces-refused-'));
    try {
      const { code, output } = await runCli(['migrate'], {
        DATA_DIR: join(root, 'data'),
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'carrier-pigeon',
      });
      expect(code).toBe(1);
      expect(output).toContain('OTEL_EXPORTER_OTLP_PROTOCOL');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe.each(testDatabaseKinds())('traces of a server on %s', (kind) => {
  let root: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let database: TestDatabase | null = null;
  let server: CliProcess;
  let url: string;
  let metricsUrl: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'samplan-traces-'));
    receiver = await startReceiver();
    database = kind === 'postgresql' ? await createTestDatabase('postgresql') : null;
    server = serveEmbedded(join(root, 'data'), {
      ...(database?.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      METRICS_PORT: '0',
    });
    const ready = await server.waitFor('Samplan is ready');
    url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(ready)![1]!;
    metricsUrl = /"url":"(http:\/\/127\.0\.0\.1:\d+\/metrics)"/.exec(ready)![1]!;
  }, 60_000);
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    receiver.server.close();
    await database?.drop();
    await rm(root, { recursive: true, force: true });
  });

  it("exports a span per request under its route, and the database's queries, with no values in them", async () => {
    const sipId = uuidv7();
    expect((await fetch(`${url}/api/sips/${sipId}?sok=Astrid%20Lindgren`)).status).toBe(401);
    const signIn = await fetch(`${url}/api/auth/login?namn=Astrid`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'astrid.lindgren', password: 'Hemligt-ord-123' }),
    });
    expect(signIn.status).toBe(401);

    const request = await until(() =>
      spans(receiver.bodies).find(
        (span) => span.name === 'request' && attribute(span, 'http.route') === '/api/sips/:id',
      ),
    );
    expect(attribute(request, 'url.path')).toBe(`/api/sips/${sipId}`);
    await until(() =>
      spans(receiver.bodies).find(
        (span) => span.name === 'request' && attribute(span, 'http.route') === '/api/auth/login',
      ),
    );
    if (kind === 'postgresql') {
      const query = await until(() =>
        spans(receiver.bodies).find(
          (span) => span.name.startsWith('pg.query') && attribute(span, 'db.query.text')?.includes('$1'),
        ),
      );
      expect(attribute(query, 'db.system.name') ?? attribute(query, 'db.system')).toBe('postgresql');
    }
    const exported = receiver.bodies.join('\n');
    expect(exported).toContain('"service.name"');
    expect(exported).toContain('"samplan"');
    for (const value of ['Astrid', 'astrid.lindgren', 'Hemligt-ord-123', 'sok=', 'namn='])
      expect(exported).not.toContain(value);
  });

  it("logs each answer as JSON with the request's id and route pattern, and nothing a person typed", () => {
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { reqId?: string; req?: { route?: string } });
    const answered = lines.filter((line) => line.req?.route === '/api/sips/:id');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((line) => typeof line.reqId === 'string')).toBe(true);
    for (const value of ['Astrid', 'astrid.lindgren', 'Hemligt-ord-123', 'sok=', 'namn='])
      expect(server.output()).not.toContain(value);
  });

  it('serves the metrics on the listener METRICS_PORT asked for', async () => {
    const text = await (await fetch(metricsUrl)).text();
    expect(text).toMatch(/^samplan_http_request_duration_seconds_count\{route="\/api\/sips\/:id"/m);
  });
});
