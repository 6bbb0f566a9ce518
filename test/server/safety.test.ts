/**
 * Safety: security headers, body size limits, the log of personal-data reads, /metrics in
 * production, demo mode refused in production, and the validated configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { productionEnv } from '../fixtures/production-env.ts';
import { buildApp } from '../../src/server/app.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submittedFlag,
  type TestServer,
} from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('security headers', () => {
  it('sends CSP with frame-ancestors, nosniff and no referrer on pages, API answers and problems', async () => {
    for (const url of ['/', '/api/v1/services', '/api/v1/nowhere']) {
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('body size', () => {
  it('refuses a body over the limit with 413 server.body_too_large, and a large login body sooner', async () => {
    const auth = await loginApplicant(server.app, alice);
    const big = await server.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...auth.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ serviceId: 'x', caseId: 'y', form: { blob: 'a'.repeat(1_100_000) } }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json<{ code: string }>().code).toBe('server.body_too_large');
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/challenge',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'a'.repeat(5000) }),
    });
    expect(login.statusCode).toBe(413);
  });
});

describe('personal-data access log', () => {
  it('records who read which application, and when: the applicant and the official', async () => {
    const auth = await loginApplicant(server.app, bob);
    const id = await submittedFlag(server.app, auth);
    const pool = pgStoreOf(server.platform.store).pool;
    const read = await server.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth.headers,
    });
    expect(read.statusCode).toBe(200);
    const { rows } = await pool.query<{
      reader_kind: string;
      reader_id: string;
      subject_id: string;
      what: string;
      at: Date;
    }>(
      'SELECT reader_kind, reader_id, subject_id, what, at FROM personal_data_reads WHERE application_id = $1',
      [id],
    );
    expect(rows).toContainEqual({
      reader_kind: 'applicant',
      reader_id: bob,
      subject_id: bob,
      what: 'application',
      at: server.clock.now(),
    });

    const clerk = await loginOfficial(server.app, officialLogin(PAPER, 'office-clerk', server.platform));
    const paper = await server.app.inject({
      method: 'POST',
      url: '/api/v1/official/paper-intake',
      headers: clerk.headers,
      payload: {
        serviceId: PAPER,
        caseId: 'registration',
        applicant: { id: alice, type: 'individual', name: 'Сейітов Әлібек' },
      },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    {
      const caseId = paper.json<{ applicationId: string }>().applicationId;
      const seen = await server.app.inject({
        method: 'GET',
        url: `/api/v1/official/cases/${caseId}`,
        headers: clerk.headers,
      });
      expect(seen.statusCode).toBe(200);
      const logged = await pool.query(
        'SELECT reader_kind, what FROM personal_data_reads WHERE application_id = $1',
        [caseId],
      );
      expect(logged.rows).toContainEqual({ reader_kind: 'official', what: 'case' });
    }
    const refused = await server.app.inject({
      method: 'GET',
      url: `/api/v1/official/cases/${id}`,
      headers: clerk.headers,
    });
    expect(refused.statusCode).toBe(404);
  });
});

describe('production', () => {
  it('refuses demo mode', () => {
    expect(() =>
      buildApp({
        catalog: server.platform.catalog,
        today: () => '2025-04-15',
        acceptRepealed: false,
        platform: server.platform,
        demo: true,
        production: true,
      }),
    ).toThrow(/demo/);
  });

  it('serves /metrics only to this machine or an administrator', async () => {
    const prod = await startServer({ sharing: server, production: true });
    try {
      const remote = await prod.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.7' });
      expect(remote.statusCode).toBe(403);
      const local = await prod.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
      expect(local.statusCode).toBe(200);
      const admin = await loginOfficial(prod.app, 'admin');
      const withAdmin = await prod.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '203.0.113.7',
        headers: admin.headers,
      });
      expect(withAdmin.statusCode).toBe(200);
      expect(withAdmin.headers['strict-transport-security']).toContain('max-age=');
      const demoLogin = await prod.app.inject({
        method: 'POST',
        url: '/api/v1/auth/demo-login',
        payload: { id: alice },
      });
      expect(demoLogin.statusCode).toBe(404);
    } finally {
      await prod.close();
    }
  });
});

describe('configuration', () => {
  it('reads DATABASE_READ_URL, a standby of DATABASE_URL, only beside it', () => {
    expect(readConfig({}).databaseReadUrl).toBeUndefined();
    expect(
      readConfig({ DATABASE_URL: 'postgres://x@h:5000/db', DATABASE_READ_URL: 'postgres://x@h:5001/db' }),
    ).toMatchObject({ databaseUrl: 'postgres://x@h:5000/db', databaseReadUrl: 'postgres://x@h:5001/db' });
    expect(() => readConfig({ DATABASE_READ_URL: 'postgres://x@h:5001/db' })).toThrow(/DATABASE_READ_URL/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://x@h/db', DATABASE_READ_URL: 'mysql://x' })).toThrow(
      /DATABASE_READ_URL/,
    );
  });

  it('reads DATA_DIR, DATABASE_URL and RUQSAT_ADMIN_PASSWORD once, with demo defaults outside production', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ production: false, demo: true, dataDir: './data', databaseUrl: undefined });
    expect(c.embeddedDir).toMatch(/data[/\\]pg$/);
    const d = readConfig({
      DATA_DIR: '/srv/r',
      DATABASE_URL: 'postgres://x@h/db',
      RUQSAT_ADMIN_PASSWORD: 'a-long-secret-1',
    });
    expect(d).toMatchObject({
      dataDir: '/srv/r',
      databaseUrl: 'postgres://x@h/db',
      adminPassword: 'a-long-secret-1',
    });
  });

  it('refuses bad values and demo defaults in production', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ RUQSAT_ADMIN_PASSWORD: 'short' })).toThrow(/RUQSAT_ADMIN_PASSWORD/);
    expect(() => readConfig({ ...productionEnv, RUQSAT_ADMIN_PASSWORD: 'ruqsat-demo' })).toThrow(
      /RUQSAT_ADMIN_PASSWORD/,
    );
    expect(readConfig(productionEnv)).toMatchObject({ demo: false, acceptRepealed: false });
  });
});
