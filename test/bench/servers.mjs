/* global process, setTimeout, fetch, URL -- Node scripts */
// The servers a load benchmark measures, each a process of its own on 127.0.0.1 (the load comes from the
// benchmark's process): Samplan as an installation runs it, and a bare fastify + pg server for comparison.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startProcess(args, env, healthPath) {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    // Its logs are written as in production, and not read.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(new URL(healthPath, origin))).ok) break;
    } catch {
      // Not listening yet.
    }
    if (tries > 600) throw new Error(`${args.join(' ')} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Samplan from dist/, on the benchmark's database, as configured for production but for the scheduler. */
export function startSamplan(databaseUrl) {
  return startProcess(
    ['dist/cli/entry.js', 'serve'],
    {
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      SCHEDULER: 'false',
      COOKIE_SECURE: 'false',
      NODE_ENV: 'production',
    },
    '/healthz',
  );
}

/** The bare server of bareServer.mjs on the same database. */
export function startBare(databaseUrl) {
  return startProcess(['test/bench/bareServer.mjs'], { DATABASE_URL: databaseUrl }, '/healthz');
}
