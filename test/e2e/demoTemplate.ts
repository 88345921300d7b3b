import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded data directory holding the migrated demo county, without its generated history. */
    demoDataDir: string;
  }
}

/**
 * Vitest's global set-up for the end-to-end tests: the built app's own `seed-demo` makes the demo county once per
 * run, and each test's server starts on a copy of it. A server on a new data directory spends most of its start
 * creating the cluster, migrating and seeding (tens of seconds on a busy machine); on a copy it only opens it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = await mkdtemp(join(tmpdir(), 'samplan-e2e-demo-'));
  const demoDataDir = join(directory, 'data');
  await promisify(execFile)(process.execPath, ['dist/cli/entry.js', 'seed-demo'], {
    env: { ...process.env, DATA_DIR: demoDataDir, DATABASE_URL: '', DEMO_HISTORY_SIPS: '0' },
  });
  project.provide('demoDataDir', demoDataDir);
  return () => rm(directory, { recursive: true, force: true });
}
