/**
 * `api.verify`: public permit verifications per second through the whole HTTP stack (routing,
 * schema validation, rate-limit bookkeeping, store read, public view, JSON), in process with
 * `inject`, on the embedded store; the baseline is the same store read and view without HTTP.
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from '../src/cases/clock.ts';
import { runScenario } from '../src/demo/scenario.ts';
import { openPlatform } from '../src/platform.ts';
import { publicPermitView, type Permit } from '../src/registry/index.ts';
import { buildApp } from '../src/server/app.ts';
import { figure, type Benchmark } from './harness.ts';

const MS = 2000;
const CONCURRENCY = 8;

async function rate(op: () => Promise<unknown>): Promise<number> {
  const end = performance.now() + MS;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        await op();
        done++;
      }
    }),
  );
  return Math.round((done / (performance.now() - start)) * 1000);
}

export const benchmarks: Benchmark[] = [
  {
    name: 'api.verify',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'ruqsat-bench-api-'));
      chmodSync(dir, 0o755);
      const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
      const platform = await openPlatform({ clock, dataDir: join(dir, 'pg') });
      const app = buildApp({
        catalog: platform.catalog,
        today: () => '2025-04-15',
        acceptRepealed: true,
        platform,
        rateLimitMax: Number.MAX_SAFE_INTEGER,
      });
      try {
        const entry = platform.catalog.resolve('state-flag-emblem-manufacturing-license', '2025-04-15', {
          acceptRepealed: true,
        });
        await runScenario(platform, clock, entry, 'issue', 'bench-api-1');
        const number = (await platform.engine.get('bench-api-1')).issued?.permitNumber ?? '';
        await app.ready();
        const http = await rate(async () => {
          const res = await app.inject(`/api/v1/public/permits/${number}`);
          if (res.statusCode !== 200) throw new Error(res.body);
        });
        const direct = await rate(async () => {
          const row = await platform.store.findPermit(number);
          return JSON.stringify(publicPermitView(row?.data as Permit));
        });
        return figure(
          'api.verify',
          http,
          'requests/s',
          direct,
          `GET /api/v1/public/permits/:number via inject, ${CONCURRENCY} concurrent, embedded store; baseline: store read + public view without HTTP`,
        );
      } finally {
        await app.close();
        await platform.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
