/**
 * The stores every engine test runs on: the embedded default always, and the PostgreSQL
 * server of DATABASE_URL when it is set (CI sets it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/cases/clock.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';

export interface StoreTarget {
  name: string;
  open(clock: Clock): Promise<{ platform: Platform; dispose(): Promise<void> }>;
}

const embedded: StoreTarget = {
  name: 'embedded',
  async open(clock) {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-test-'));
    const platform = await openPlatform({ clock, dataDir: dir });
    return {
      platform,
      async dispose() {
        await platform.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function server(url: string): StoreTarget {
  return {
    name: 'server',
    async open(clock) {
      const db = await createScratchDatabase(url, 'ruqsat_engine');
      const platform = await openPlatform({ clock, databaseUrl: db.url });
      return {
        platform,
        async dispose() {
          await platform.close();
          await db.drop();
        },
      };
    },
  };
}

const url = process.env['DATABASE_URL'];
export const storeTargets: StoreTarget[] = url === undefined ? [embedded] : [embedded, server(url)];
