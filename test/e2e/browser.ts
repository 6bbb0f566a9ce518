/**
 * The e2e tests' browser: the machine's Chromium (Debian package, /usr/bin/chromium, installed
 * by .ci/run) driven by playwright-core — never a downloaded browser. Each page is checked
 * with axe-core (no serious or critical violation) and photographed into reports/screenshots.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type TestServer } from '../server/harness.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screenshots');

export interface WebServer extends TestServer {
  url: string;
}

/** A server with the web pages on a real port (the browser needs one), demo mode, simulated clock. */
export async function startWebServer(): Promise<WebServer> {
  const server = await startServer({ web: true, rateLimitMax: 100_000 });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...server, url };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/**
 * The web server and the browser a test file shares: both started before its first test and
 * closed after its last. Read `server` and `browser` inside tests (set once `beforeAll` ran).
 */
export function webForFile(): { server: WebServer; browser: Browser } {
  const web = {} as { server: WebServer; browser: Browser };
  beforeAll(async () => {
    [web.server, web.browser] = await Promise.all([startWebServer(), launchBrowser()]);
  }, 60_000);
  afterAll(async () => {
    await web.browser?.close();
    await web.server?.close();
  });
  return web;
}

/** A visitor: a browser context with its language (Accept-Language) and, optionally, a phone's screen. */
export async function visitor(
  browser: Browser,
  server: WebServer,
  options: { locale?: string; phone?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: options.locale ?? 'kk-KZ',
    acceptDownloads: true,
    ...(options.phone === true
      ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1280, height: 900 } }),
  });
  // A script error on a page is a failure of the page: it shows in the test's output.
  context.on('weberror', (error) => {
    const e = error.error();
    console.error(`page error on ${error.page()?.url() ?? '?'}: ${e.message} ${e.stack ?? ''}`);
  });
  return context;
}

let axeSource: string | undefined;

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
    }));
  });
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    `axe on ${name}`,
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Both checks, for each page a journey passes through. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
}
