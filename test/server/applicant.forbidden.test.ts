/**
 * The applicant routes refuse, and change nothing, for: no session, an official's session, and
 * another applicant's application (answered 404 exactly like a missing one, so ids leak nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FLAG,
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  startServer,
  submittedFlag,
  type Auth,
  type TestServer,
} from './harness.ts';

let s: TestServer;
let aliceAuth: Auth;
let bobAuth: Auth;
let aliceApp: string;

beforeAll(async () => {
  s = await startServer();
  aliceAuth = await loginApplicant(s.app, alice);
  bobAuth = await loginApplicant(s.app, bob);
  aliceApp = await submittedFlag(s.app, aliceAuth);
}, 60_000);
afterAll(() => s?.close());

const routes = (id: string) =>
  [
    { method: 'GET', url: `/api/v1/applications/${id}` },
    { method: 'GET', url: `/api/v1/applications/${id}/content` },
    { method: 'PATCH', url: `/api/v1/applications/${id}`, payload: { form: { x: 1 } } },
    { method: 'POST', url: `/api/v1/applications/${id}/submit`, payload: {} },
    { method: 'POST', url: `/api/v1/applications/${id}/demo-sign` },
    { method: 'POST', url: `/api/v1/applications/${id}/withdraw`, payload: { reason: 'x' } },
    { method: 'POST', url: `/api/v1/applications/${id}/objection`, payload: { text: 'x' } },
    { method: 'POST', url: `/api/v1/applications/${id}/payment` },
  ] as const;

describe('applicant routes: forbidden', () => {
  it("answers another applicant's application as not found, and changes nothing", async () => {
    const before = await snapshot(s.platform);
    for (const route of routes(aliceApp)) {
      const res = await s.app.inject({ ...route, headers: bobAuth.headers });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'cases.not_found' });
      expect(res.body).not.toContain(alice);
    }
    // The same answer as an id that does not exist at all.
    const missing = await s.app.inject({ url: '/api/v1/applications/no-such-id', headers: bobAuth.headers });
    expect(missing.statusCode).toBe(404);
    expect(await snapshot(s.platform)).toBe(before);
    const bobs = await s.app.inject({ url: '/api/v1/applications', headers: bobAuth.headers });
    expect(bobs.json()).toEqual([]);
  });

  it('refuses every route without a session (401), and changes nothing', async () => {
    const before = await snapshot(s.platform);
    for (const route of [
      ...routes(aliceApp),
      { method: 'GET', url: '/api/v1/applications' },
      { method: 'GET', url: '/api/v1/notifications' },
      { method: 'POST', url: '/api/v1/applications', payload: { serviceId: FLAG, caseId: 'issue' } },
    ] as const) {
      const res = await s.app.inject(route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json()).toMatchObject({ code: 'auth.required' });
    }
    const forged = await s.app.inject({
      url: `/api/v1/applications/${aliceApp}`,
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(forged.statusCode).toBe(401);
    expect(await snapshot(s.platform)).toBe(before);
  });

  it("refuses an official's session on applicant routes (403)", async () => {
    const clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const before = await snapshot(s.platform);
    for (const route of routes(aliceApp)) {
      const res = await s.app.inject({ ...route, headers: clerk.headers });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(res.json()).toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(s.platform)).toBe(before);
  });

  it("does not let Bob read Alice's inbox", async () => {
    const inbox = await s.app.inject({ url: '/api/v1/notifications', headers: bobAuth.headers });
    expect(inbox.json<{ applicationId: string }[]>().some((m) => m.applicationId === aliceApp)).toBe(false);
  });

  it('refuses to log in as someone who is not a demo applicant', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/demo-login',
      payload: { id: '000000000000' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.cookies).toEqual([]);
  });
});
