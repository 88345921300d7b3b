import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The migrated test databases a test copies (templateDatabases.ts).
    globalSetup: ['test/support/templateDatabases.ts'],
    fileParallelism: false,
  },
});
