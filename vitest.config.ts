import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    // Files are independent (each has its own databases) and spend much of their time waiting on a database, so
    // both cores run a file each; the default would leave one core to the database server alone.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/api/**/*.test.ts', 'test/deploy/**/*.test.ts'],
          // Each API test file opens its own databases; PGlite start-up and argon2 need more than the default.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One migrated database of each kind per run, which each file's databases copy.
          globalSetup: ['test/support/templateDatabases.ts'],
          // A worker keeps the modules it has loaded from one file to the next: the server, its database drivers
          // and the words are loaded once per worker instead of once per file, which was a quarter of the run's
          // CPU. Each file still makes its own server and databases, so files share no state through them.
          isolate: false,
        },
      },
      {
        test: {
          name: 'web',
          // The web's component tests name happy-dom as their environment in the file, and stay isolated: each
          // file gets a fresh document, and Testing Library's clean-up is registered per file.
          include: ['src/web/**/*.test.tsx'],
        },
      },
    ],
  },
});
