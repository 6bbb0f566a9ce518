/**
 * Issue 15's probe, replayed on every test run against a server on the loopback interface:
 * what held then must keep holding. Strings PostgreSQL cannot store and deep JSON (400 at the
 * edge), CSRF (a cookie session without its token), session fixation (a cookie planted before
 * login is never the session), SQL-injection strings (stored as text, change nothing else),
 * another applicant's application on 14 routes (404, like a missing one) and an official
 * outside their provider (404 / 403). The other findings have their own files here: intake,
 * payment-redirect, anonymous; attachments in test/server/attachment-limits.test.ts. The
 * figures are printed as one JSON line (suite.ts).
 */
import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/server/auth.ts';
import {
  FLAG,
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  submittedFlag,
} from '../server/harness.ts';
import { securitySuite } from './suite.ts';

const suite = securitySuite('findings');
const { send } = suite;

describe('input at the edge', () => {
  it('NUL, lone surrogates and deep JSON are 400 on a body, a path and a query', async () => {
    const me = await loginApplicant(suite.server().app, alice);
    const cases: [string, string, string | undefined, string][] = [
      [
        'POST',
        '/api/v1/applications',
        `{"serviceId":"${FLAG}","caseId":"issue","form":{"a":"x\\u0000"}}`,
        'server.invalid_text',
      ],
      [
        'POST',
        '/api/v1/applications',
        `{"serviceId":"${FLAG}","caseId":"issue","form":{"\\ud800":"x"}}`,
        'server.invalid_text',
      ],
      ['GET', '/api/v1/applications/a%00b', undefined, 'server.invalid_text'],
      ['GET', '/api/v1/services?lang=%00', undefined, 'server.invalid_text'],
      [
        'POST',
        '/api/v1/applications',
        `{"form":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
        'server.too_deep',
      ],
    ];
    for (const [method, path, raw, code] of cases) {
      const attack = suite.attack(code === 'server.too_deep' ? 'deep JSON' : 'NUL or lone surrogate');
      const res = await send(method, path, { auth: me, ...(raw !== undefined ? { raw } : {}) });
      expect(res.status, path).toBe(400);
      expect(res.json().code).toBe(code);
      attack.held();
    }
  });

  it('SQL-injection strings are stored as text and change nothing else', async () => {
    const me = await loginApplicant(suite.server().app, alice);
    const strings = [
      "'; DROP TABLE applications; --",
      "' OR '1'='1",
      '1; UPDATE applications SET status = $$issued$$',
      "x' UNION SELECT idempotency_key, result FROM commands --",
    ];
    for (const text of strings) {
      const attack = suite.attack('SQL injection string');
      const created = await send('POST', '/api/v1/applications', {
        auth: me,
        body: { serviceId: FLAG, caseId: 'issue', form: { activity: text } },
      });
      expect(created.status).toBe(201);
      const id = created.json<{ applicationId: string }>().applicationId;
      const read = await send('GET', `/api/v1/applications/${id}`, {
        auth: me,
        route: '/api/v1/applications/:id',
      });
      expect(read.json<{ application: { form: unknown; status: string } }>().application).toMatchObject({
        form: { activity: text },
        status: 'draft',
      });
      const search = await send('GET', `/api/v1/public/permits?q=${encodeURIComponent(text)}`, {
        route: '/api/v1/public/permits',
      });
      expect(search.status).toBeLessThan(500);
      const wrongId = await send('GET', `/api/v1/applications/${encodeURIComponent(text)}`, {
        auth: me,
        route: '/api/v1/applications/:id',
      });
      expect([400, 404]).toContain(wrongId.status);
      attack.held();
    }
    expect((await suite.server().platform.store.listApplications()).length).toBeGreaterThanOrEqual(
      strings.length,
    );
  });
});

describe('sessions', () => {
  it('CSRF: a cookie session without its token (or with a wrong one) cannot write; nothing changes', async () => {
    const me = await loginApplicant(suite.server().app, alice);
    const before = await snapshot(suite.server().platform);
    for (const token of [undefined, 'forged-token']) {
      const attack = suite.attack('CSRF');
      const res = await send('POST', '/api/v1/applications', {
        headers: {
          cookie: me.headers['cookie'] ?? '',
          ...(token !== undefined ? { [CSRF_HEADER]: token } : {}),
        },
        body: { serviceId: FLAG, caseId: 'issue' },
      });
      expect(res.status).toBe(403);
      expect(res.json().code).toBe('auth.csrf');
      attack.held();
    }
    expect(await snapshot(suite.server().platform)).toBe(before);
  });

  it('session fixation: a cookie planted before login is not the session after it', async () => {
    const attack = suite.attack('session fixation');
    const planted = 'ruqsat_session=attacker-chosen-session-id';
    const login = await send('POST', '/api/v1/auth/demo-login', {
      headers: { cookie: planted },
      body: { id: alice },
    });
    expect(login.status).toBe(200);
    const set = login.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/ruqsat_session=/);
    expect(set).not.toContain('attacker-chosen-session-id');
    const withPlanted = await send('GET', '/api/v1/auth/me', { headers: { cookie: planted } });
    expect(withPlanted.json()).toMatchObject({ principal: null });
    attack.held();
  });
});

describe('access across applicants and providers', () => {
  it("another applicant's application: 404 cases.not_found on 14 routes, like a missing one; nothing changes", async () => {
    const { app, platform } = suite.server();
    const owner = await loginApplicant(app, alice);
    const other = await loginApplicant(app, bob);
    const id = await submittedFlag(app, owner);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/applications/:id'],
      ['GET', '/api/v1/applications/:id/content'],
      ['PATCH', '/api/v1/applications/:id', { form: { x: 1 } }],
      ['POST', '/api/v1/applications/:id/submit', {}],
      ['POST', '/api/v1/applications/:id/demo-sign'],
      ['POST', '/api/v1/applications/:id/withdraw', { reason: 'x' }],
      ['POST', '/api/v1/applications/:id/objection', { text: 'x' }],
      ['POST', '/api/v1/applications/:id/payment'],
      ['GET', '/api/v1/applications/:id/attachments'],
      ['GET', '/api/v1/applications/:id/attachments/00000000-0000-0000-0000-000000000000'],
      ['GET', '/api/v1/applications/:id/results/license/signature'],
      ['GET', '/api/v1/applications/:id/results/license'],
      ['GET', '/api/v1/applications/:id/complaints'],
      ['POST', '/api/v1/applications/:id/survey', { answers: {} }],
    ];
    const before = await snapshot(platform);
    let notFound = 0;
    for (const [method, route, body] of routes) {
      const attack = suite.attack('cross-applicant access');
      const res = await send(method, route.replace(':id', id), {
        auth: other,
        route,
        ...(body !== undefined ? { body } : {}),
      });
      expect(res.status, `${method} ${route}: ${res.text}`).toBe(404);
      // The application's own 404, not a route that does not exist.
      expect(res.json().code, route).toBe('cases.not_found');
      expect(res.text).not.toContain(alice);
      notFound++;
      attack.held();
    }
    expect(notFound).toBe(14);
    expect(await snapshot(platform)).toBe(before);
  });

  it('an official of another provider: the case is 404, paper intake for the service 403; nothing changes', async () => {
    const { app, platform } = suite.server();
    const id = await submittedFlag(app, await loginApplicant(app, alice));
    const outsider = await loginOfficial(app, officialLogin(PAPER, 'office-clerk', platform));
    const before = await snapshot(platform);
    for (const [method, route, body] of [
      ['GET', '/api/v1/official/cases/:id', undefined],
      ['POST', '/api/v1/official/cases/:id/commands', { type: 'register' }],
      ['GET', '/api/v1/applications/:id/attachments', undefined],
    ] as const) {
      const attack = suite.attack('official outside their provider');
      const res = await send(method, route.replace(':id', id), {
        auth: outsider,
        route,
        ...(body ? { body } : {}),
      });
      expect(res.status, route).toBe(404);
      attack.held();
    }
    const attack = suite.attack('official outside their provider');
    const intake = await send('POST', '/api/v1/official/paper-intake', {
      auth: outsider,
      body: { serviceId: FLAG, caseId: 'issue', applicant: { id: alice, type: 'individual', name: 'X' } },
    });
    expect(intake.status).toBe(403);
    expect(intake.json().code).toBe('cases.wrong_provider');
    attack.held();
    expect(await snapshot(platform)).toBe(before);
  });
});
