import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDetached } from '../../src/signature/sign.ts';
import { alice, company, startServer, type TestServer } from './harness.ts';
import { demoCompanies } from '../../src/integrations/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function challenge(s: TestServer = server) {
  const res = await s.app.inject({ method: 'POST', url: '/api/v1/auth/challenge', payload: {} });
  expect(res.statusCode).toBe(200);
  return res.json<{ challengeId: string; content: string; expiresAt: string }>();
}

async function sign(
  content: string,
  holder: { iin: string; bin?: string; role: 'individual' | 'legal'; purpose: 'sign' | 'auth' },
) {
  const pki = server.platform.pki;
  if (pki === null) throw new Error('no pki');
  const key = await pki.keyFor(holder);
  return signDetached(Buffer.from(content, 'base64'), key, server.clock.now()).base64;
}

describe('EDS login over HTTP', () => {
  it('opens a session for the IIN of the AUTH certificate; the challenge works once', async () => {
    const c = await challenge();
    const signature = await sign(c.content, { iin: alice, role: 'individual', purpose: 'auth' });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: c.challengeId, signature },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { token, principal } = res.json<{ token: string; principal: { id: string; type: string } }>();
    expect(principal).toMatchObject({ id: alice, type: 'individual' });
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json<{ principal: { id: string } }>().principal.id).toBe(alice);

    const replay = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: c.challengeId, signature },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json<{ code: string }>().code).toBe('signature.challenge_replayed');
  });

  it('logs the head of a company in as the company (BIN)', async () => {
    const head = demoCompanies[0]?.head.iin ?? '';
    const c = await challenge();
    const signature = await sign(c.content, { iin: head, bin: company, role: 'legal', purpose: 'auth' });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: c.challengeId, signature },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ principal: { id: string; type: string } }>().principal).toMatchObject({
      id: company,
      type: 'legal-entity',
    });
  });

  it('refuses a SIGN key, a signature of other content, and an unknown challenge', async () => {
    const c = await challenge();
    const signKey = await sign(c.content, { iin: alice, role: 'individual', purpose: 'sign' });
    const wrongKey = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: c.challengeId, signature: signKey },
    });
    expect(wrongKey.statusCode).toBe(422);
    expect(wrongKey.json<{ code: string }>().code).toBe('signature.key_usage');

    const d = await challenge();
    const other = await sign(Buffer.from('something else').toString('base64'), {
      iin: alice,
      role: 'individual',
      purpose: 'auth',
    });
    const wrongContent = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: d.challengeId, signature: other },
    });
    expect(wrongContent.statusCode).toBeLessThan(500);
    expect(wrongContent.json<{ code: string }>().code).toMatch(/^signature\./);

    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: 'x'.repeat(43), signature: other },
    });
    expect(unknown.json<{ code: string }>().code).toBe('signature.challenge_unknown');
  });

  it('refuses an expired challenge', async () => {
    const c = await challenge();
    const signature = await sign(c.content, { iin: alice, role: 'individual', purpose: 'auth' });
    server.clock.advanceMinutes(6);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/eds-login',
      payload: { challengeId: c.challengeId, signature },
    });
    expect(res.json<{ code: string }>().code).toBe('signature.challenge_expired');
  });

  it('two concurrent logins with one challenge: exactly one session', async () => {
    const c = await challenge();
    const signature = await sign(c.content, { iin: alice, role: 'individual', purpose: 'auth' });
    const both = await Promise.all(
      [1, 2].map(() =>
        server.app.inject({
          method: 'POST',
          url: '/api/v1/auth/eds-login',
          payload: { challengeId: c.challengeId, signature },
        }),
      ),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });
});
