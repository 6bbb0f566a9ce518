/**
 * Two server processes on one PostgreSQL database: two Fastify apps on two platforms (two
 * pools, two engines) sharing one scratch database serve the same data, and of two concurrent
 * commands on one application through both, one wins and the other gets 409 store.conflict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDetached } from '../../src/signature/sign.ts';
import { FLAG, alice, loginApplicant, startServer, submittedFlag, type TestServer } from './harness.ts';

let one: TestServer;
let two: TestServer;
beforeAll(async () => {
  one = await startServer();
  two = await startServer({ sharing: one });
});
afterAll(async () => {
  await two?.close();
  await one?.close();
});

describe('two server processes on one database', () => {
  it('a session opened on one is valid on the other, and so is its application', async () => {
    const auth = await loginApplicant(one.app, alice);
    const created = await one.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: auth.headers,
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ applicationId: string }>().applicationId;
    const seen = await two.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth.headers,
    });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<{ application: { id: string } }>().application.id).toBe(id);
    const list = await two.app.inject({ method: 'GET', url: '/api/v1/applications', headers: auth.headers });
    expect(list.json<{ id: string }[]>().map((a) => a.id)).toContain(id);
  });

  it('an EDS challenge issued by one is accepted once by the other', async () => {
    const c = (await one.app.inject({ method: 'POST', url: '/api/v1/auth/challenge', payload: {} })).json<{
      challengeId: string;
      content: string;
    }>();
    const pki = one.platform.pki;
    if (pki === null) throw new Error('no pki');
    const key = await pki.keyFor({ iin: alice, role: 'individual', purpose: 'auth' });
    const signature = signDetached(Buffer.from(c.content, 'base64'), key, one.clock.now()).base64;
    const payload = { challengeId: c.challengeId, signature };
    const first = await two.app.inject({ method: 'POST', url: '/api/v1/auth/eds-login', payload });
    expect(first.statusCode, first.body).toBe(200);
    const again = await one.app.inject({ method: 'POST', url: '/api/v1/auth/eds-login', payload });
    expect(again.json<{ code: string }>().code).toBe('signature.challenge_replayed');
  });

  it('concurrent commands on one application through both: one wins, the other gets 409 store.conflict', async () => {
    const auth = await loginApplicant(one.app, alice);
    let sawConflict = false;
    // A race is not certain to overlap on one try: repeat on fresh applications until it does.
    for (let attempt = 0; attempt < 10 && !sawConflict; attempt++) {
      const id = await submittedFlag(one.app, auth);
      const results = await Promise.all(
        [one, two].map((s) =>
          s.app.inject({
            method: 'POST',
            url: `/api/v1/applications/${id}/withdraw`,
            headers: auth.headers,
            payload: { reason: `race ${attempt}` },
          }),
        ),
      );
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes.filter((c) => c === 200)).toHaveLength(1);
      const loser = results.find((r) => r.statusCode !== 200);
      if (
        loser !== undefined &&
        loser.statusCode === 409 &&
        loser.json<{ code: string }>().code === 'store.conflict'
      )
        sawConflict = true;
      else expect(loser?.statusCode).toBe(409);
      // Both processes see the one result.
      for (const s of [one, two]) {
        const seen = await s.app.inject({
          method: 'GET',
          url: `/api/v1/applications/${id}`,
          headers: auth.headers,
        });
        expect(seen.json<{ application: { status: string } }>().application.status).toBe('withdrawn');
      }
    }
    expect(sawConflict).toBe(true);
  });
});
