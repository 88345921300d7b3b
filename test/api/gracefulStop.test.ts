import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEmbedded, type CliProcess } from '../support/cli.js';

/** A raw connection, so the test decides exactly when each byte of a request is sent. */
function open(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  return { socket, received: () => text, closed };
}

/**
 * A sign-in whose head and first bytes of body are sent, so the server holds the request and waits for the rest:
 * in flight when the server is told to stop. `finish` sends the rest, and then `next` on the same connection.
 */
function signInInFlight(port: number) {
  const connection = open(port);
  const body = Buffer.from(JSON.stringify({ username: 'anna', password: 'Fel-lösenord-1' }));
  connection.socket.write(
    `POST /api/auth/login HTTP/1.1\r\nHost: samplan\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.byteLength}\r\n\r\n`,
  );
  connection.socket.write(body.subarray(0, 10));
  return {
    ...connection,
    finish(next: string) {
      connection.socket.write(body.subarray(10));
      connection.socket.write(`GET ${next} HTTP/1.1\r\nHost: samplan\r\n\r\n`);
    },
  };
}

/** The answers on one connection, in order: status, and the body as far as its Content-Length says. */
function answers(text: string): { status: number; headers: string; body: string }[] {
  const found: { status: number; headers: string; body: string }[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    const headers = rest.slice(0, end).toLowerCase();
    const length = Number(/content-length: (\d+)/.exec(headers)?.[1] ?? 0);
    const bodyBytes = Buffer.from(rest.slice(end + 4));
    found.push({
      status: Number(rest.slice(9, 12)),
      headers,
      body: bodyBytes.subarray(0, length).toString(),
    });
    rest = bodyBytes.subarray(length).toString();
  }
  return found;
}

async function started(server: CliProcess): Promise<number> {
  const ready = await server.waitFor('Samplan is ready');
  return Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(ready)![1]);
}

describe('stopping the server', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'samplan-stop-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('cuts no request in flight: each gets its full answer, readiness says 503, the next request 503, exit 0 within the grace', async () => {
    const server = serveEmbedded(join(root, 'drain'), { SHUTDOWN_GRACE_SECONDS: '20' });
    const port = await started(server);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const inFlight = [signInInFlight(port), signInInFlight(port), signInInFlight(port)];
    await sleep(300);
    expect(inFlight.map((request) => request.received())).toEqual(['', '', '']);

    const stopping = Date.now();
    server.child.kill('SIGTERM');
    await sleep(500);
    // The server no longer accepts connections, and holds the requests it has.
    await expect(fetch(`http://127.0.0.1:${port}/readyz`)).rejects.toThrow();
    const [probe, work, live] = inFlight;
    probe!.finish('/readyz');
    work!.finish('/api/me');
    live!.finish('/healthz');
    await Promise.all(inFlight.map((request) => request.closed));

    for (const request of inFlight) {
      const [answer] = answers(request.received());
      // The whole answer, as it would have been without the stop.
      expect(answer?.status).toBe(401);
      expect(JSON.parse(answer!.body)).toMatchObject({ code: 'wrong_credentials' });
    }
    const [readiness] = answers(probe!.received()).slice(1);
    expect(readiness?.status).toBe(503);
    expect(JSON.parse(readiness!.body)).toMatchObject({ code: 'not_ready', check: 'draining' });
    for (const request of [work, live]) {
      const [next] = answers(request!.received()).slice(1);
      expect(next?.status).toBe(503);
      expect(JSON.parse(next!.body)).toMatchObject({ code: 'shutting_down' });
    }
    for (const request of inFlight)
      expect(answers(request.received())[1]?.headers).toContain('connection: close');

    const exit = await server.exited;
    expect(exit.code).toBe(0);
    // Done when the requests were: the grace of 20 s is a limit, not a wait.
    expect(Date.now() - stopping).toBeLessThan(20_000);
  }, 120_000);

  it('cuts what is still unfinished when the grace is over, and exits 0', async () => {
    const server = serveEmbedded(join(root, 'grace'), { SHUTDOWN_GRACE_SECONDS: '3' });
    const port = await started(server);

    // A keep-alive connection that has answered once and is idle: closed at once, holding nothing up.
    const idle = open(port);
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: samplan\r\n\r\n');
    // A client that never finishes its request: only the grace ends it.
    const stuck = open(port);
    stuck.socket.write('GET /healthz HTTP/1.1\r\nHost: samplan\r\n');
    await sleep(300);
    expect(answers(idle.received()).map((answer) => answer.status)).toEqual([200]);

    const stopping = Date.now();
    server.child.kill('SIGTERM');
    await idle.closed;
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    // Ended by the grace of 3 s, not by the stuck client (which would hold it for ever).
    const took = Date.now() - stopping;
    expect(took).toBeGreaterThanOrEqual(3000);
    expect(took).toBeLessThan(15_000);
    await stuck.closed;
  }, 120_000);
});
