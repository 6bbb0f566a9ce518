import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Servers and embedded PostgreSQL start in beforeAll: slow on a loaded 2-core CI machine.
    hookTimeout: 60_000,
    // The e2e tests need the built web pages (built here once, when stale).
    globalSetup: ['test/global-setup.ts'],
  },
});
