/**
 * The stores every engine test runs on: the embedded default always, and the PostgreSQL
 * server of DATABASE_URL when it is set (CI sets it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Clock } from '../../src/cases/clock.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';

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
      const name = `ruqsat_engine_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const dbUrl = new URL(url);
      dbUrl.pathname = `/${name}`;
      const platform = await openPlatform({ clock, databaseUrl: dbUrl.toString() });
      return {
        platform,
        async dispose() {
          await platform.close();
          const a = new pg.Client({ connectionString: url });
          await a.connect();
          await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await a.end();
        },
      };
    },
  };
}

const url = process.env['DATABASE_URL'];
export const storeTargets: StoreTarget[] = url === undefined ? [embedded] : [embedded, server(url)];
