import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The web's component tests (*.test.tsx) name happy-dom as their environment in the file; the rest run on node.
    include: ['src/**/*.test.ts', 'src/web/**/*.test.tsx', 'test/api/**/*.test.ts'],
    // Each API test file opens its own databases; PGlite start-up and argon2 need more than the default.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One migrated database of each kind per run, which each file's databases copy.
    globalSetup: ['test/support/templateDatabases.ts'],
    pool: 'forks',
    // Files are independent (each has its own databases) and spend much of their time waiting on a database, so
    // both cores run a file each; the default would leave one core to the database server alone.
    maxWorkers: 2,
  },
});
