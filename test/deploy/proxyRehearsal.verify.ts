import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, dropServerDatabase } from '../support/serverDatabases.js';
import { composeFile } from './deployFiles.js';
import { layOutImage, removeDirectory, startInstance, type RunningInstance } from './rehearsal.js';

/**
 * deploy/Caddyfile as compose runs it, with its two upstreams on this machine's loopback: it balances between
 * them, takes out an instance whose /readyz answers 503, and a Samplan instance that drains on SIGTERM, and puts a
 * ready one back. Needs Caddy (Debian's package `caddy`).
 */

const caddyfile = join(import.meta.dirname, '../../deploy/Caddyfile');
const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port the system gives and takes back at once, for Caddy to listen on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Proxy {
  url: string;
  stop(): Promise<void>;
}

/** Caddy with the compose file's configuration, its two upstreams replaced by loopback addresses. */
async function startProxy(upstreams: string[]): Promise<Proxy> {
  const port = await freePort();
  const home = await mkdtemp(join(tmpdir(), 'samplan-caddy-'));
  const proxyEnvironment = (composeFile().services as Record<string, { environment: Record<string, string> }>)
    .proxy!.environment;
  expect(proxyEnvironment.SAMPLAN_UPSTREAMS?.split(/\s+/)).toHaveLength(upstreams.length);
  const caddy: ChildProcess = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
      SITE_ADDRESS: `http://127.0.0.1:${String(port)}`,
      SAMPLAN_UPSTREAMS: upstreams.join(' '),
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${String(port)}`;
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(url).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error('Caddy did not start');
    await waitFor(100);
  }
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => caddy.on('exit', resolve));
      caddy.kill('SIGTERM');
      await exited;
      await removeDirectory(home);
    },
  };
}

/** Sends `count` requests one after another; the answers' statuses and bodies. */
async function ask(url: string, count: number): Promise<{ status: number; body: string }[]> {
  const answers = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(url);
    answers.push({ status: response.status, body: await response.text() });
  }
  return answers;
}

/** Asks until `done` holds for a round of answers, as the proxy's health checks run every two seconds. */
async function askUntil(url: string, done: (bodies: string[]) => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!done((await ask(url, 6)).map(({ body }) => body))) {
    if (Date.now() > deadline) throw new Error('The proxy did not change its upstreams in time');
    await waitFor(250);
  }
}

/** A page anyone may ask, which each instance logs when it answers (probes answered 200 are not logged). */
const publicPage = '/api/auth/methods';

describe('the proxy in front of two upstreams that say who they are', () => {
  const ready = { a: true, b: true };
  const upstreams: Server[] = [];
  let proxy: Proxy;

  beforeAll(async () => {
    for (const name of ['a', 'b'] as const) {
      const server = createServer((request, response) => {
        if (request.url === '/readyz') response.writeHead(ready[name] ? 200 : 503).end();
        else response.writeHead(200).end(name);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      upstreams.push(server);
    }
    proxy = await startProxy(
      upstreams.map((server) => `127.0.0.1:${String((server.address() as AddressInfo).port)}`),
    );
  });
  afterAll(async () => {
    await proxy?.stop();
    for (const server of upstreams) server.close();
  });

  it('balances between them, takes out the one whose /readyz answers 503 and puts it back once ready', async () => {
    const balanced = (await ask(proxy.url, 20)).map(({ body }) => body);
    expect(balanced.filter((name) => name === 'a').length).toBeGreaterThanOrEqual(8);
    expect(balanced.filter((name) => name === 'b').length).toBeGreaterThanOrEqual(8);

    ready.a = false;
    await askUntil(proxy.url, (bodies) => bodies.every((name) => name === 'b'));
    const withoutA = await ask(proxy.url, 20);
    expect(withoutA.every(({ status, body }) => status === 200 && body === 'b')).toBe(true);

    ready.a = true;
    await askUntil(proxy.url, (bodies) => bodies.includes('a'));
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)(
  'the proxy in front of two Samplan instances on PostgreSQL',
  () => {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    let imageDir: string;
    let database: { name: string; url: string };
    const instances: RunningInstance[] = [];
    let proxy: Proxy;

    beforeAll(async () => {
      imageDir = await layOutImage();
      database = await createServerDatabase(adminUrl, 'samplan_proxy');
      // One after the other, as compose starts them: the first migrates.
      for (let i = 0; i < 2; i++)
        instances.push(await startInstance(imageDir, { DATABASE_URL: database.url }));
      proxy = await startProxy(instances.map(({ port }) => `127.0.0.1:${port}`));
    });
    afterAll(async () => {
      await proxy?.stop();
      for (const instance of instances) {
        instance.process.kill('SIGTERM');
        await instance.exited;
      }
      if (database) await dropServerDatabase(adminUrl, database.name);
      if (imageDir) await removeDirectory(imageDir);
    });

    /** How many requests for `path` an instance has answered, by its own request log. */
    const answered = (instance: RunningInstance, path: string) =>
      instance.log.filter(
        (entry) =>
          entry.msg === 'request completed' && (entry.req as { route?: string } | undefined)?.route === path,
      ).length;

    /** An instance's request log is written as each answer goes out; the last lines may still be on their way. */
    async function logged(done: () => boolean): Promise<void> {
      const deadline = Date.now() + 5_000;
      while (!done() && Date.now() < deadline) await waitFor(50);
    }

    it('balances between them, and takes out an instance that drains on SIGTERM', async () => {
      const [first, second] = instances as [RunningInstance, RunningInstance];
      const answers = await ask(`${proxy.url}${publicPage}`, 20);
      expect(answers.every(({ status }) => status === 200)).toBe(true);
      await logged(() => answered(first, publicPage) + answered(second, publicPage) >= 20);
      expect(answered(first, publicPage)).toBeGreaterThanOrEqual(5);
      expect(answered(second, publicPage)).toBeGreaterThanOrEqual(5);

      // Four clients keep asking while the first instance drains and stops, and for a while after, when the
      // proxy's last health check may still count it in.
      let asking = true;
      const duringDrain: { status: number; body: string }[] = [];
      const client = async () => {
        while (asking) {
          const response = await fetch(`${proxy.url}${publicPage}`);
          duringDrain.push({ status: response.status, body: await response.text() });
        }
      };
      const clients = [client(), client(), client(), client()];
      await waitFor(200);
      first.process.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      await waitFor(2_000);
      asking = false;
      await Promise.all(clients);
      const refused = duringDrain.filter(({ status }) => status !== 200);
      console.info(
        `While the first instance drained: ${String(duringDrain.length)} requests, ${String(refused.length)} not 200`,
      );
      // A request that reached the first instance just as it began to drain is answered by the app itself: 503,
      // "shutting down", Retry-After — never a proxy's error for an instance gone. The next goes to the other.
      for (const { status, body } of refused) {
        expect(status).toBe(503);
        expect(body).toContain('shutting_down');
      }
      expect(refused.length).toBeLessThan(duringDrain.length / 100);

      const secondBefore = answered(second, publicPage);
      const after = await ask(`${proxy.url}${publicPage}`, 10);
      expect(after.every(({ status }) => status === 200)).toBe(true);
      // The first has exited, so every answer came from the second.
      await logged(() => answered(second, publicPage) - secondBefore >= 10);
      expect(answered(second, publicPage) - secondBefore).toBeGreaterThanOrEqual(10);
    });
  },
);
