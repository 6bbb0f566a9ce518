import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The e2e tests need the built web pages (built here once, when stale).
    globalSetup: ['test/global-setup.ts'],
  },
});
