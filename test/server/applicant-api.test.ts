import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationState } from '../../src/cases/model.ts';
import { signCallback, DEMO_PAYMENT_SECRET } from '../../src/integrations/index.ts';
import { sha256 } from '../../src/server/auth.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  alice,
  loginApplicant,
  snapshot,
  startServer,
  submitSigned,
  submittedFlag,
  type TestServer,
} from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

describe('applicant API', () => {
  it('shows the service passport: documents, fee in tenge today, deadline', async () => {
    const res = await s.app.inject(`/api/v1/services/${FLAG}/passport`);
    expect(res.statusCode).toBe(200);
    const issue = res
      .json<{
        cases: {
          id: string;
          fee: { mci: number; tengeToday: number; on: string };
          deadline: unknown;
          documents: unknown[];
        }[];
      }>()
      .cases.find((c) => c.id === 'issue');
    // 10 MCI × 3,932 tenge (MCI of 2025, budget law for 2025–2027).
    expect(issue?.fee).toMatchObject({ mci: 10, tengeToday: 39_320, on: '2025-04-15' });
    expect(issue?.deadline).not.toBeNull();
  });

  it('runs draft → edit → submit → status with the timeline and due times', async () => {
    const me = await loginApplicant(s.app, alice);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: me.headers,
      payload: { serviceId: FLAG, caseId: 'issue', form: { note: 'first' } },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ applicationId: string }>().applicationId;
    const edited = await s.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: me.headers,
      payload: { form: { note: 'second' } },
    });
    expect(edited.statusCode).toBe(200);
    const unsigned = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/submit`,
      headers: me.headers,
    });
    expect(unsigned.json()).toMatchObject({ code: 'cases.signature_required' });
    const submitted = await submitSigned(s.app, me, id);
    expect(submitted.statusCode).toBe(200);
    const status = await s.app.inject({ url: `/api/v1/applications/${id}`, headers: me.headers });
    const body = status.json<{
      application: {
        form: { note: string };
        registration: { inboundNumber: string };
        deadline: { explanation: { skipped: { date: string; reasons: { kind: string }[] }[] } };
      };
      timeline: { deadline: string; plannedResultDate: string; workingMinutesLeft: number; steps: unknown[] };
    }>();
    expect(body.application.form.note).toBe('second');
    // The state keeps the days a term skipped as dates; the reader gets each day with its reasons.
    const days = body.application.deadline.explanation.skipped;
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d.reasons.length > 0)).toBe(true);
    const stored = (await s.platform.store.findApplication(id))?.state as ApplicationState;
    expect(stored.deadline?.explanation.skipped).toEqual(days.map((d) => d.date));
    expect(body.application.registration.inboundNumber).toMatch(/^2025-\d{6}$/);
    expect(body.timeline.deadline).toEqual(expect.any(String));
    expect(body.timeline.workingMinutesLeft).toBeGreaterThan(0);
    const mine = await s.app.inject({ url: '/api/v1/applications', headers: me.headers });
    expect(mine.json<{ id: string }[]>().map((a) => a.id)).toContain(id);
  });

  it('accepts a bearer token without CSRF, and refuses a cookie session without its CSRF token', async () => {
    const me = await loginApplicant(s.app, alice);
    const bearer = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { authorization: `Bearer ${me.token}` },
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    expect(bearer.statusCode).toBe(201);
    const before = await snapshot(s.platform);
    const noCsrf = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: me.headers['cookie'] ?? '' },
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'auth.csrf' });
    expect(await snapshot(s.platform)).toBe(before);
  });

  it('replays a command with the same Idempotency-Key without doing it twice', async () => {
    const me = await loginApplicant(s.app, alice);
    const send = () =>
      s.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { ...me.headers, 'idempotency-key': 'create-once' },
        payload: { serviceId: FLAG, caseId: 'issue' },
      });
    const first = await send();
    const second = await send();
    expect(second.json()).toEqual(first.json());
  });

  it('pays through the gateway: forged callback refused, signed one applied, replay changes nothing', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const invoiceRes = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/payment`,
      headers: me.headers,
    });
    expect(invoiceRes.statusCode).toBe(201);
    const invoice = invoiceRes.json<{ invoiceId: string; amountTenge: number; payUrl: string }>();
    expect(invoice.amountTenge).toBe(39_320);

    const page = await s.app.inject(`/simulator/payment/${invoice.invoiceId}`);
    expect(page.body).toMatch(/39\s320\s₸/);

    const { rawBody, signatureHeader } = await s.platform.payments.pay(invoice.invoiceId);
    const before = await snapshot(s.platform);
    const forged = await s.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      headers: { 'content-type': 'application/json', 'x-signature': signCallback(rawBody, 'not-the-secret') },
      payload: rawBody,
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'payment.bad_signature' });
    expect(await snapshot(s.platform)).toBe(before);

    const post = () =>
      s.app.inject({
        method: 'POST',
        url: '/api/v1/payments/callback',
        headers: { 'content-type': 'application/json', 'x-signature': signatureHeader },
        payload: rawBody,
      });
    const paid = await post();
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ applied: true, applicationId: id });
    const after = await snapshot(s.platform);
    const replay = await post();
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ applied: false, code: 'payment.replayed' });
    expect(await snapshot(s.platform)).toBe(after);

    const state = await s.app.inject({ url: `/api/v1/applications/${id}`, headers: me.headers });
    expect(state.json()).toMatchObject({ application: { payment: { amountTenge: 39_320 } } });
    expect(DEMO_PAYMENT_SECRET).not.toBe('not-the-secret');
  });

  it('pays from the simulator page', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const invoice = (
      await s.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/payment`, headers: me.headers })
    ).json<{ invoiceId: string }>();
    const pay = await s.app.inject({ method: 'POST', url: `/simulator/payment/${invoice.invoiceId}/pay` });
    expect(pay.json()).toMatchObject({ applied: true, applicationId: id });
  });

  it('withdraws, and the inbox has the status messages', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/withdraw`,
      headers: me.headers,
      payload: { reason: 'changed my mind' },
    });
    expect(res.json()).toMatchObject({ status: 'withdrawn' });
    const inbox = await s.app.inject({ url: '/api/v1/notifications', headers: me.headers });
    expect(inbox.json<{ applicationId: string; kind: string }[]>()).toContainEqual(
      expect.objectContaining({ applicationId: id, kind: 'status:withdrawn' }),
    );
  });

  it('refuses an objection when there is no preliminary decision, in the asked language', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/objection`,
      headers: { ...me.headers, 'accept-language': 'kk' },
      payload: { text: 'қарсымын' },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json<{ code: string }>().code).toMatch(/^cases\./);
  });

  it('validates bodies against the schema: a problem with code server.invalid_request', async () => {
    const me = await loginApplicant(s.app, alice);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...me.headers, 'accept-language': 'ru' },
      payload: { serviceId: FLAG },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'server.invalid_request',
      detail: expect.stringMatching(/Неверный запрос/),
    });
  });

  it('keeps sessions in the store, only as a hash of the token; logout ends them', async () => {
    const me = await loginApplicant(s.app, alice);
    const { rows } = await pgStoreOf(s.platform.store).pool.query<{ token_hash: string }>(
      'SELECT token_hash FROM sessions',
    );
    expect(rows.map((r) => r.token_hash)).toContain(sha256(me.token));
    expect(JSON.stringify(rows)).not.toContain(me.token);
    const who = await s.app.inject({ url: '/api/v1/auth/me', headers: me.headers });
    expect(who.json()).toMatchObject({ principal: { kind: 'applicant', id: alice } });
    const out = await s.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: me.headers });
    expect(out.statusCode).toBe(204);
    const after = await s.app.inject({ url: '/api/v1/applications', headers: me.headers });
    expect(after.statusCode).toBe(401);
  });
});
