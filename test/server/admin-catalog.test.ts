/**
 * Admin catalog routes: every service version with its validity, and the check of a catalog
 * file (schema and integrity problems with their paths); refused to everyone but administrators.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FLAG,
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  type TestServer,
} from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

const seed = () =>
  JSON.parse(
    readFileSync(new URL('../../catalog/000-state-flag-emblem-license.json', import.meta.url), 'utf8'),
  ) as { services: Record<string, unknown>[] };

describe('admin catalog', () => {
  it('lists every service version with its validity', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const res = await s.app.inject({ url: '/api/v1/admin/catalog/versions', headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    const versions = res.json<{ serviceId: string; version: number; validFrom: string; state: string }[]>();
    const flag = versions.filter((v) => v.serviceId === FLAG);
    expect(flag.length).toBeGreaterThan(0);
    expect(flag[0]).toMatchObject({
      version: expect.any(Number),
      validFrom: expect.stringMatching(/^\d{4}-/),
    });
    expect(versions.every((v) => ['future', 'in-force', 'ended'].includes(v.state))).toBe(true);
  });

  it('validates a good file as publishable, and names the problems of a bad one', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const good = await s.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalog/validate?file=000.json',
      headers: admin.headers,
      payload: seed(),
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({
      valid: true,
      problems: [],
      services: expect.arrayContaining([expect.objectContaining({ serviceId: FLAG })]),
    });

    const file = seed();
    const first = file.services[0] ?? {};
    first['validFrom'] = 'yesterday';
    const bad = await s.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalog/validate?file=000.json',
      headers: admin.headers,
      payload: file,
    });
    expect(bad.statusCode).toBe(200);
    const body = bad.json<{ valid: boolean; problems: { file: string; path: string; message: string }[] }>();
    expect(body.valid).toBe(false);
    expect(body.problems).toContainEqual(
      expect.objectContaining({ file: '000.json', path: 'services.0.validFrom' }),
    );

    const notAnObject = await s.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalog/validate',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '[1, 2]',
    });
    expect(notAnObject.statusCode).toBe(400);
    expect(notAnObject.json()).toMatchObject({ code: 'server.invalid_request' });
  });

  it('forbidden: no session 401, an applicant or an official 403', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const official = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    for (const route of [
      { method: 'GET', url: '/api/v1/admin/catalog/versions' },
      { method: 'POST', url: '/api/v1/admin/catalog/validate', payload: seed() },
    ] as const) {
      expect((await s.app.inject(route)).statusCode).toBe(401);
      for (const auth of [applicant, official]) {
        const res = await s.app.inject({ ...route, headers: auth.headers });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'auth.forbidden' });
      }
    }
  });
});
