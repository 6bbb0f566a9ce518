/**
 * A server that can be closed and opened again on the same database, for what must survive a
 * restart (payment invoices, published catalog files): the embedded store in a temp folder, or a
 * scratch database on the server of DATABASE_URL. Demo mode, demo officials and units, the
 * clock simulated and shared by every start.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { fromDayNumber, timeZone } from '../../src/calendar/index.ts';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { buildApp } from '../../src/server/app.ts';
import { seedAccounts } from '../../src/server/admin-accounts.ts';
import { platformSessions } from '../../src/server/session-store.ts';
import { DEMO_PASSWORD } from '../../src/server/demo.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';

export interface Database {
  where: { databaseUrl: string } | { dataDir: string };
  drop(): Promise<void>;
}

export async function scratchDatabase(): Promise<Database> {
  const serverUrl = process.env['DATABASE_URL'] || undefined;
  if (serverUrl !== undefined) {
    const db = await createScratchDatabase(serverUrl, 'ruqsat_admin_test');
    return { where: { databaseUrl: db.url }, drop: () => db.drop() };
  }
  const root = await mkdtemp(join(tmpdir(), 'ruqsat-admin-'));
  await chmod(root, 0o755);
  return { where: { dataDir: join(root, 'pg') }, drop: () => rm(root, { recursive: true, force: true }) };
}

export interface Started {
  app: FastifyInstance;
  platform: Platform;
  close(): Promise<void>;
}

export async function startOn(
  db: Database,
  clock: SimulatedClock,
  options: {
    production?: boolean;
    adminPassword?: string;
    settings?: { attachmentMaxBytes: number; publicBaseUrl: string };
  } = {},
): Promise<Started> {
  const platform = await openPlatform({ clock, ...db.where });
  const production = options.production ?? false;
  const sessions = platformSessions(platform, { production });
  await seedAccounts(platform, sessions, {
    demo: !production,
    production,
    adminPassword: options.adminPassword,
  });
  const zone = timeZone();
  const app = buildApp({
    catalog: platform.catalog,
    today: () => fromDayNumber(zone.toLocal(clock.now().getTime()).day),
    acceptRepealed: true,
    platform,
    sessions,
    demo: !production,
    demoPassword: production ? null : DEMO_PASSWORD,
    production,
    ...(options.settings === undefined ? {} : { settings: options.settings }),
  });
  await app.ready();
  return {
    app,
    platform,
    async close() {
      await app.close();
      await platform.close();
    },
  };
}

export const tuesdayMorning = () => new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
