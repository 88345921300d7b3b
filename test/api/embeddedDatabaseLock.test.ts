import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEmbedded as serve } from '../support/cli.js';

describe('the embedded database belongs to one process', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'samplan-lock-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('refuses a second server on the same directory, and takes over after the first was killed', async () => {
    const dataDir = join(root, 'served');
    const first = serve(dataDir);
    await first.waitFor('Samplan is ready');
    const second = await serve(dataDir).exited;
    expect(second.code).toBe(1);
    expect(second.output).toContain('används redan av en annan Samplan-process');
    expect(second.output).toContain('already in use by another Samplan process');
    // The first was never disturbed: it still holds the directory.
    expect(first.child.exitCode).toBeNull();
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    // Killed without a chance to clean up, its lock stays behind, and the next server takes it over.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    const third = serve(dataDir);
    await third.waitFor('Samplan is ready');
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
    // Stopped in order, it leaves nothing behind.
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 90_000);
});
