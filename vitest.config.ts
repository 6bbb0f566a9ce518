import { existsSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// The browser tests drive the machine's Chromium (test/e2e/browser.ts). Where there is none —
// a laptop without root to install it — every other test still runs, and this says why not those.
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const browser = existsSync(chromium);
if (!browser)
  process.stderr.write(
    `No Chromium at ${chromium}: the browser tests (test/e2e) are left out. Install the Debian package "chromium" or set CHROMIUM_PATH to run them.\n`,
  );

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: browser ? configDefaults.exclude : [...configDefaults.exclude, 'test/e2e/**'],
    testTimeout: 30_000,
    // Servers and embedded PostgreSQL start in beforeAll: slow on a loaded 2-core CI machine.
    hookTimeout: 60_000,
    // The e2e tests need the built web pages (built here once, when stale).
    globalSetup: ['test/global-setup.ts'],
    // Drops the scratch databases a test file left behind (a start that threw or timed out).
    setupFiles: ['test/scratch-databases.ts'],
  },
});
