/**
 * One server per test file on a fresh store: the embedded PostgreSQL in a temp folder, or a
 * scratch database on the server of DATABASE_URL when it is set. Demo mode on, demo officials
 * seeded, the clock simulated (a working Tuesday morning in Astana).
 */
import { WEB_ROOT } from '../../src/server/web-pages.ts';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { fromDayNumber, timeZone } from '../../src/calendar/index.ts';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { providerIdOf } from '../../src/cases/engine.ts';
import { demoCompanies, demoPeople } from '../../src/integrations/index.ts';
import type { Config } from '../../src/config.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { buildApp } from '../../src/server/app.ts';
import { CSRF_HEADER } from '../../src/server/auth.ts';
import { platformSessions } from '../../src/server/session-store.ts';
import { DEMO_PASSWORD, seedDemoOfficials } from '../../src/server/demo.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';
import { pgStoreOf } from '../../src/store/index.ts';

export const FLAG = 'state-flag-emblem-manufacturing-license';
/** A paper-only service (seed 003): registered by the office clerk. */
export const PAPER = 'foreign-standards-registration';

export const alice = demoPeople[0]?.iin ?? '';
export const bob = demoPeople[1]?.iin ?? '';
export const company = demoCompanies[0]?.bin ?? '';

export interface TestServer {
  app: FastifyInstance;
  platform: Platform;
  clock: SimulatedClock;
  close(): Promise<void>;
}

/** An answer as sent: its route's pattern (null when none matched), status, type and body. */
export interface Answer {
  method: string;
  route: string | null;
  status: number;
  contentType: string;
  payload: unknown;
}

export async function startServer(
  options: {
    rateLimitMax?: number;
    /** A second server process on the same database as this one (same clock). */
    sharing?: TestServer;
    production?: boolean;
    /** Serve the built web pages (web/dist) too. */
    web?: boolean;
    /** The reverse proxies whose X-Forwarded-For is believed (config.trustProxy). */
    trustProxy?: string[];
    /** Called with every answer the server sends (test/server/openapi-conformance.test.ts). */
    onAnswer?: (answer: Answer) => void;
    /**
     * A data folder kept after close, as `serve` uses it: the embedded store in `<dataDir>/pg`,
     * the test PKI in `<dataDir>/pki` (test/server/restart.test.ts starts twice on one).
     */
    dataDir?: string;
    clock?: SimulatedClock;
    /** A deployment's config (src/config.ts): its trust, payment secrets and mode replace the demo ones. */
    config?: Config;
  } = {},
): Promise<TestServer> {
  const clock =
    options.sharing?.clock ?? options.clock ?? new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
  const serverUrl = process.env['DATABASE_URL'] || undefined;
  let cleanup: () => Promise<void>;
  let platform: Platform;
  if (options.sharing !== undefined) {
    // The second process trusts the first one's test CA, as two processes share a trust store.
    platform = await openPlatform({
      clock,
      databaseUrl: pgStoreOf(options.sharing.platform.store).url,
      pki: options.sharing.platform.pki ?? 'none',
    });
    cleanup = async () => undefined;
  } else if (options.dataDir !== undefined || options.config !== undefined) {
    const dir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ruqsat-server-')));
    await chmod(dir, 0o755);
    platform = await openPlatform({
      clock,
      dataDir: join(dir, 'pg'),
      trust: options.config?.trust ?? { source: 'test-pki', pkiDir: join(dir, 'pki') },
      ...(options.config === undefined ? {} : { payments: options.config.payments }),
    });
    cleanup = async () => {
      if (options.dataDir === undefined) await rm(dir, { recursive: true, force: true });
    };
  } else if (serverUrl !== undefined) {
    const db = await createScratchDatabase(serverUrl, 'ruqsat_server_test');
    platform = await openPlatform({ clock, databaseUrl: db.url });
    cleanup = () => db.drop();
  } else {
    const root = await mkdtemp(join(tmpdir(), 'ruqsat-server-'));
    // As root the embedded server runs as "nobody", which must be able to enter the folder.
    await chmod(root, 0o755);
    platform = await openPlatform({ clock, dataDir: join(root, 'pg') });
    cleanup = () => rm(root, { recursive: true, force: true });
  }
  const production = options.config?.production ?? options.production ?? false;
  const sessions = platformSessions(platform, { production });
  if (options.sharing === undefined) await seedDemoOfficials(sessions, platform.catalog);
  const zone = timeZone();
  const app = buildApp({
    catalog: platform.catalog,
    today: () => fromDayNumber(zone.toLocal(clock.now().getTime()).day),
    acceptRepealed: true,
    platform,
    sessions,
    demo: !production,
    demoPassword: DEMO_PASSWORD,
    production,
    rateLimitMax: options.rateLimitMax,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.web === true ? { webRoot: WEB_ROOT } : {}),
  });
  const onAnswer = options.onAnswer;
  if (onAnswer !== undefined)
    app.addHook('onSend', async (request, reply, payload) => {
      onAnswer({
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        contentType: String(reply.getHeader('content-type') ?? ''),
        payload,
      });
      return payload;
    });
  await app.ready();
  return {
    app,
    platform,
    clock,
    async close() {
      await app.close();
      await platform.close();
      await cleanup();
    },
  };
}

/** Request headers that carry a session: the cookie and its CSRF token. */
export interface Auth {
  headers: Record<string, string>;
  token: string;
}

function authOf(res: { json(): unknown; cookies: { name: string; value: string }[] }): Auth {
  const body = res.json() as { token: string; csrfToken: string };
  const cookie = res.cookies.find((c) => c.name === 'ruqsat_session');
  if (cookie === undefined) throw new Error(`no session cookie: ${JSON.stringify(body)}`);
  return {
    headers: { cookie: `ruqsat_session=${cookie.value}`, [CSRF_HEADER]: body.csrfToken },
    token: body.token,
  };
}

export async function loginApplicant(app: FastifyInstance, id: string): Promise<Auth> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/demo-login', payload: { id } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return authOf(res);
}

export function officialLogin(serviceId: string, role: string, platform: Platform): string {
  const entry = platform.catalog.versions(serviceId).at(-1);
  if (entry === undefined) throw new Error(serviceId);
  return `${providerIdOf(entry.service)}.${role}`;
}

export async function loginOfficial(app: FastifyInstance, login: string): Promise<Auth> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return authOf(res);
}

/** A submitted flag-license application of `applicant` (registered automatically on the portal). */
export async function submittedFlag(app: FastifyInstance, auth: Auth): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: auth.headers,
    payload: { serviceId: FLAG, caseId: 'issue' },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json<{ applicationId: string }>().applicationId;
  const submitted = await submitSigned(app, auth, id);
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  return id;
}

/** Everything the store holds that a request could change, to assert "nothing changed". */
export async function snapshot(platform: Platform): Promise<string> {
  const rows = await platform.store.listApplications();
  const out = [];
  for (const r of rows.sort((a, b) => a.id.localeCompare(b.id)))
    out.push({
      id: r.id,
      version: r.version,
      status: r.status,
      events: (await platform.store.events(r.id)).length,
    });
  return JSON.stringify(out);
}

/** Signs the draft with the applicant's demo key and submits it. */
export async function submitSigned(app: FastifyInstance, auth: Auth, id: string) {
  const signed = await app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/demo-sign`,
    headers: auth.headers,
  });
  if (signed.statusCode !== 200) throw new Error(signed.body);
  return app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/submit`,
    headers: auth.headers,
    payload: { signature: signed.json<{ signature: string }>().signature },
  });
}
