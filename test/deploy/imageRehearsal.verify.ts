import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, dropServerDatabase } from '../support/serverDatabases.js';
import { healthCheckCommand, instructionsOf, runtimeStage } from './deployFiles.js';
import {
  dataDirectory,
  healthCheck,
  layOutImage,
  removeDirectory,
  startInstance,
  type RunningInstance,
} from './rehearsal.js';

/**
 * The Dockerfile's runtime stage, rehearsed without Docker: its files and production dependencies only, started by
 * its command with its environment as an unprivileged user who cannot write to them, on the embedded database and
 * on PostgreSQL; its HEALTHCHECK asked; stopped by its STOPSIGNAL.
 */

const stopSignal = () =>
  (instructionsOf(runtimeStage(), 'STOPSIGNAL')[0]?.getRawArgumentsContent() ?? 'SIGTERM') as NodeJS.Signals;

let imageDir: string;
beforeAll(async () => {
  imageDir = await layOutImage();
});
afterAll(async () => {
  if (imageDir) await removeDirectory(imageDir);
});

async function healthyThenStopped(instance: RunningInstance): Promise<void> {
  expect(await healthCheck(imageDir, healthCheckCommand(), instance.port)).toBe(0);
  // Ready for traffic once started: what the proxy and the readiness probe ask.
  expect((await fetch(`http://127.0.0.1:${instance.port}/readyz`)).status).toBe(200);
  instance.process.kill(stopSignal());
  expect(await instance.exited).toBe(0);
  expect(instance.log.some((entry) => entry.msg === 'shutting down')).toBe(true);
}

describe('the image, rehearsed without Docker', () => {
  it('holds the built server and its production dependencies, and no development ones', () => {
    expect(existsSync(join(imageDir, 'dist/cli/samplan.js'))).toBe(true);
    expect(existsSync(join(imageDir, 'dist/db/migrations'))).toBe(true);
    expect(existsSync(join(imageDir, 'node_modules/fastify'))).toBe(true);
    for (const development of ['vitest', 'typescript', 'vite', 'eslint'])
      expect(existsSync(join(imageDir, 'node_modules', development)), development).toBe(false);
  });

  it('starts on the embedded database as an unprivileged user, passes its health check and stops on its signal', async () => {
    const data = await dataDirectory();
    try {
      const instance = await startInstance(imageDir, { DATA_DIR: data });
      expect(instance.log.find((entry) => entry.msg === 'Samplan is ready')?.database).toBe('pglite');
      await healthyThenStopped(instance);
    } finally {
      await removeDirectory(data);
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'starts on PostgreSQL as an unprivileged user, passes its health check and stops on its signal',
    async () => {
      const adminUrl = process.env.TEST_DATABASE_URL!;
      const database = await createServerDatabase(adminUrl, 'samplan_image');
      try {
        const instance = await startInstance(imageDir, { DATABASE_URL: database.url });
        expect(instance.log.find((entry) => entry.msg === 'Samplan is ready')?.database).toBe('postgresql');
        await healthyThenStopped(instance);
      } finally {
        await dropServerDatabase(adminUrl, database.name);
      }
    },
  );
});
