/**
 * `web.bundle`: what the catalog page loads, gzip-compressed (kB): the entry script, its
 * preloaded chunks and the style sheet; the baseline is every built asset together (the pages
 * loaded on demand, the PKCS#12 signer among them).
 *
 * `web.firstRender`: milliseconds from navigation to the catalog's list of services on screen in
 * the machine's Chromium, cold cache (a new browser context each time), median of 10 loads, the
 * server on the embedded store on this machine; the baseline is the same browser loading a
 * static file (the favicon) from the same server, cold: the floor under any page.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { SimulatedClock } from '../src/cases/clock.ts';
import { openPlatform } from '../src/platform.ts';
import { buildApp } from '../src/server/app.ts';
import { WEB_ROOT } from '../src/server/web-pages.ts';
import { ensureWebBuilt } from '../test/web/build.ts';
import { figure, type Benchmark } from './harness.ts';

const LOADS = 10;
const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gz = (file: string) => gzipSync(readFileSync(join(WEB_ROOT, file))).length;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

export const benchmarks: Benchmark[] = [
  {
    name: 'web.bundle',
    async run() {
      await ensureWebBuilt();
      const index = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
      const first = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
        (m) => m[1] ?? '',
      );
      const all = readdirSync(join(WEB_ROOT, 'assets'))
        .filter((f) => /\.(js|css)$/.test(f))
        .map((f) => `assets/${f}`);
      const firstBytes = first.reduce((sum, f) => sum + gz(f), 0);
      const allBytes = all.reduce((sum, f) => sum + gz(f), 0);
      return figure(
        'web.bundle',
        kB(firstBytes),
        'kB gzip',
        kB(allBytes),
        `catalog page: ${first.map((f) => `${f.replace(/^assets\//, '')} ${kB(gz(f))}`).join(', ')}; all ${all.length} assets ${kB(allBytes)} kB`,
      );
    },
  },
  {
    name: 'web.firstRender',
    async run() {
      await ensureWebBuilt();
      const root = mkdtempSync(join(tmpdir(), 'ruqsat-bench-web-'));
      chmodSync(root, 0o755);
      const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
      const platform = await openPlatform({ clock, dataDir: join(root, 'pg'), pki: 'none' });
      const app = buildApp({
        catalog: platform.catalog,
        today: () => '2025-04-15',
        acceptRepealed: true,
        platform,
        webRoot: WEB_ROOT,
      });
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const browser = await chromium.launch({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        args: ['--no-sandbox'],
      });
      try {
        const timed = async (path: string, ready: (page: Page) => Promise<unknown>) => {
          const context = await browser.newContext({ locale: 'kk-KZ' });
          const page = await context.newPage();
          const start = performance.now();
          await page.goto(`${url}${path}`, { waitUntil: 'commit' });
          await ready(page);
          const ms = performance.now() - start;
          await context.close();
          return ms;
        };
        const render: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < LOADS + 1; i++) {
          const r = await timed('/', (page) => page.locator('main .ruqsat-card-list > li').first().waitFor());
          const f = await timed('/favicon.svg', (page) => page.waitForLoadState('load'));
          // The first round warms the server and the browser's process, not the page's cache.
          if (i > 0) {
            render.push(r);
            floor.push(f);
          }
        }
        return figure(
          'web.firstRender',
          median(render),
          'ms',
          median(floor),
          `catalog list on screen, cold cache, median of ${LOADS} (min ${Math.round(Math.min(...render))}, max ${Math.round(Math.max(...render))}); Chromium and server on the same 2 cores`,
        );
      } finally {
        await browser.close();
        await app.close();
        await platform.close();
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
];
