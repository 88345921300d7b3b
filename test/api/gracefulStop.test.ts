import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEmbedded } from '../support/cli.js';

/** A raw connection, so the test decides exactly when each byte of a request is sent. */
function open(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  return { socket, received: () => text, closed };
}

const statusLines = (text: string) => text.match(/HTTP\/1\.1 \d{3}/g) ?? [];

describe('stopping the server', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'samplan-stop-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finishes what is in flight, answers the next request on the connection 503, cuts the rest after the grace, exits 0', async () => {
    const server = serveEmbedded(join(root, 'data'), { SHUTDOWN_GRACE_SECONDS: '3' });
    const ready = await server.waitFor('Samplan is ready');
    const port = Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(ready)![1]);

    // A keep-alive connection that has answered once and is idle: closed at once, holding nothing up.
    const idle = open(port);
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: samplan\r\n\r\n');
    // A request in flight: its body is still on its way when the server is told to stop.
    const busy = open(port);
    const body = JSON.stringify({ username: 'anna', password: 'Fel-lösenord-1' });
    const half = Buffer.from(body).subarray(0, 10);
    const rest = Buffer.from(body).subarray(10);
    busy.socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: samplan\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    busy.socket.write(half);
    // A client that never finishes its request: only the grace ends it.
    const stuck = open(port);
    stuck.socket.write('GET /healthz HTTP/1.1\r\nHost: samplan\r\n');
    await sleep(300);
    expect(statusLines(idle.received())).toEqual(['HTTP/1.1 200']);

    const stopping = Date.now();
    server.child.kill('SIGTERM');
    await sleep(500);
    // The rest of the body, and a second request pipelined behind it on the same connection.
    busy.socket.write(rest);
    busy.socket.write('GET /healthz HTTP/1.1\r\nHost: samplan\r\n\r\n');
    await busy.closed;
    const [first, second] = statusLines(busy.received());
    expect(first).toBe('HTTP/1.1 401');
    expect(second).toBe('HTTP/1.1 503');
    expect(busy.received()).toContain('"code":"shutting_down"');
    expect(busy.received().toLowerCase()).toContain('connection: close');
    await idle.closed;

    const exit = await server.exited;
    expect(exit.code).toBe(0);
    // Ended by the grace of 3 s, not by the stuck client (which would hold it for ever).
    const took = Date.now() - stopping;
    expect(took).toBeGreaterThanOrEqual(3000);
    expect(took).toBeLessThan(15_000);
    await stuck.closed;
  }, 60_000);
});
