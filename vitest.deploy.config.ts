import { defineConfig } from 'vitest/config';

/**
 * `npm run verify:deploy`: the deployment files rehearsed on this machine without Docker (decision 0044) — the
 * image's runtime stage in a directory of its own, and the proxy's configuration in front of two instances. Slow
 * (an install from the registry, servers started), so not part of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/deploy/**/*.verify.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // One file at a time: each starts servers of its own, and the machine's two cores are shared.
    maxWorkers: 1,
  },
});
