import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/api/**/*.test.ts'],
    // Each API test file opens its own databases; PGlite start-up and argon2 need more than the default.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
