import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The migrated test databases (templateDatabases.ts) and the seeded demo county each test's server copies.
    globalSetup: ['test/support/templateDatabases.ts', 'test/e2e/demoTemplate.ts'],
    // Two files at a time: each has its own server, data directory and browser on ports the system picks, and a
    // file spends much of its time waiting on a page, so the second core works meanwhile.
    maxWorkers: 2,
  },
});
