/**
 * Admin routes: an administrator creates an official who can then log in; everyone else —
 * no session, an applicant, an official — is refused and nothing changes; an administrator
 * cannot act on a case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  startServer,
  type TestServer,
} from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

const newOfficial = (providerId: string) => ({
  method: 'PUT' as const,
  url: '/api/v1/admin/officials/new.clerk',
  payload: { name: 'Жаңа қызметкер', role: 'office-clerk', providerId, password: 'a-long-password-1' },
});

describe('admin routes', () => {
  it('creates an official who can then log in and work', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const providerId = officialLogin(PAPER, 'office-clerk', s.platform).replace(/\.office-clerk$/, '');
    const put = await s.app.inject({ ...newOfficial(providerId), headers: admin.headers });
    expect(put.statusCode, put.body).toBe(200);
    const list = await s.app.inject({ url: '/api/v1/admin/officials', headers: admin.headers });
    expect(list.body).not.toContain('scrypt$');
    expect(list.json<{ login: string }[]>().map((o) => o.login)).toContain('new.clerk');
    const login = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'new.clerk', password: 'a-long-password-1' },
    });
    expect(login.statusCode).toBe(200);
    const queue = await s.app.inject({
      url: '/api/v1/official/queue',
      headers: { authorization: `Bearer ${login.json<{ token: string }>().token}` },
    });
    expect(queue.statusCode).toBe(200);
    const overview = await s.app.inject({ url: '/api/v1/admin/overview', headers: admin.headers });
    expect(overview.statusCode).toBe(200);
  });

  it('refuses no session, applicants and officials, and changes nothing', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const official = await loginOfficial(s.app, officialLogin(PAPER, 'head', s.platform));
    const before = JSON.stringify(
      (
        await s.app.inject({
          url: '/api/v1/admin/officials',
          headers: (await loginOfficial(s.app, 'admin')).headers,
        })
      ).json(),
    );
    for (const headers of [{}, applicant.headers, official.headers]) {
      for (const route of [
        { method: 'GET' as const, url: '/api/v1/admin/officials' },
        { method: 'GET' as const, url: '/api/v1/admin/overview' },
        newOfficial('x'),
      ]) {
        const res = await s.app.inject({ ...route, headers });
        expect([401, 403], `${route.method} ${route.url}`).toContain(res.statusCode);
      }
    }
    const after = JSON.stringify(
      (
        await s.app.inject({
          url: '/api/v1/admin/officials',
          headers: (await loginOfficial(s.app, 'admin')).headers,
        })
      ).json(),
    );
    expect(after).toBe(before);
  });

  it('does not let an administrator act on a case or as an applicant', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const before = await snapshot(s.platform);
    const asOfficial = await s.app.inject({ url: '/api/v1/official/queue', headers: admin.headers });
    expect(asOfficial.statusCode).toBe(403);
    const asApplicant = await s.app.inject({ url: '/api/v1/applications', headers: admin.headers });
    expect(asApplicant.statusCode).toBe(403);
    expect(await snapshot(s.platform)).toBe(before);
  });
});
