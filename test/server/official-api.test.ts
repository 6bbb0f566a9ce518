import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FLAG,
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submittedFlag,
  type TestServer,
} from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

interface CasePage {
  application: {
    currentStepId: string;
    steps: { stepId: string; roleKind: string; doneAt: string | null }[];
  };
  timeline: { steps: unknown[] };
  events: { type: string }[];
}

describe('official API', () => {
  it('refuses a wrong password with the same answer as an unknown login', async () => {
    const login = officialLogin(PAPER, 'office-clerk', s.platform);
    const wrong = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login, password: 'guess' },
    });
    const unknown = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'nobody', password: 'guess' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'auth.invalid_credentials' });
    expect(unknown.json()).toMatchObject({ code: 'auth.invalid_credentials' });
  });

  it('registers a paper application: receipt with inbound number and planned result date; then queue, case page, action', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const intake = await s.app.inject({
      method: 'POST',
      url: '/api/v1/official/paper-intake',
      headers: clerk.headers,
      payload: {
        serviceId: PAPER,
        caseId: 'registration',
        applicant: { id: alice, type: 'individual', name: 'Сейітов Әлібек' },
      },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const { applicationId, receipt } = intake.json<{
      applicationId: string;
      receipt: { inboundNumber: string; registeredAt: string };
    }>();
    expect(receipt.inboundNumber).toMatch(/^2025-\d{6}$/);
    expect(receipt.registeredAt).toEqual(expect.any(String));

    const page = (
      await s.app.inject({ url: `/api/v1/official/cases/${applicationId}`, headers: clerk.headers })
    ).json<CasePage>();
    expect(page.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['draft-created', 'submitted', 'registered']),
    );
    const current = page.application.steps.find((x) => x.stepId === page.application.currentStepId);
    expect(current).toBeDefined();
    if (current === undefined) return;

    const worker = await loginOfficial(s.app, officialLogin(PAPER, current.roleKind, s.platform));
    const queue = await s.app.inject({ url: '/api/v1/official/queue', headers: worker.headers });
    const items =
      queue.json<{ applicationId: string; due: string | null; workingMinutesLeft: number | null }[]>();
    const mine = items.find((i) => i.applicationId === applicationId);
    expect(mine).toBeDefined();
    const dues = items.map((i) => i.due ?? '9999');
    expect([...dues].sort()).toEqual(dues);

    const done = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${applicationId}/commands`,
      headers: worker.headers,
      payload: { type: 'complete-step', stepId: current.stepId },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<{ events: string[] }>().events).toContain('step-completed');
  });

  it('answers a malformed command with a 400 problem', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/official/cases/whatever/commands',
      headers: clerk.headers,
      payload: { type: 'decide', decision: 'maybe' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'server.invalid_request' });
  });

  it('runs a hearing: completeness, preliminary decision, the applicant objects; all over HTTP', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const invoice = (
      await s.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/payment`, headers: me.headers })
    ).json<{ invoiceId: string }>();
    await s.app.inject({ method: 'POST', url: `/simulator/payment/${invoice.invoiceId}/pay` });
    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const act = (payload: object) =>
      s.app.inject({
        method: 'POST',
        url: `/api/v1/official/cases/${id}/commands`,
        headers: official.headers,
        payload,
      });
    expect((await act({ type: 'check-completeness', complete: true })).statusCode).toBe(200);
    const ground = s.platform.catalog
      .versions(FLAG)
      .at(-1)
      ?.service.refusalGrounds.find((g) => g.kind === 'other');
    if (ground === undefined) throw new Error('no refusal ground');
    const preliminary = await act({
      type: 'send-preliminary-decision',
      groundIds: [ground.id],
      text: ground.text.kk,
    });
    expect(preliminary.statusCode, preliminary.body).toBe(200);

    const objection = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/objection`,
      headers: me.headers,
      payload: { text: 'Құжаттар толық ұсынылды' },
    });
    expect(objection.statusCode, objection.body).toBe(200);
    const view = await s.app.inject({ url: `/api/v1/applications/${id}`, headers: me.headers });
    expect(view.json()).toMatchObject({
      application: {
        objection: { text: 'Құжаттар толық ұсынылды' },
        preliminaryDecision: { groundIds: [ground.id] },
      },
    });
  });

  it('offers each action once and only while possible; every offered command is accepted as posted, sign included', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const invoice = (
      await s.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/payment`, headers: me.headers })
    ).json<{ invoiceId: string }>();
    await s.app.inject({ method: 'POST', url: `/simulator/payment/${invoice.invoiceId}/pay` });
    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const offered = async () =>
      (await s.app.inject({ url: `/api/v1/official/cases/${id}`, headers: official.headers })).json<{
        actions: { key: string; command: object; inputs: string[] }[];
      }>().actions;
    /** Posts the offered action's command exactly as the case page gave it. */
    const take = async (key: string) => {
      const action = (await offered()).find((a) => a.key === key);
      expect(action, key).toBeDefined();
      expect(action?.inputs.filter((i) => i !== 'note')).toEqual([]);
      const res = await s.app.inject({
        method: 'POST',
        url: `/api/v1/official/cases/${id}/commands`,
        headers: official.headers,
        payload: action?.command ?? {},
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    // Seed 000 Rules 10-т.: completeness is one action; the step it completes is not offered too.
    let keys = (await offered()).map((a) => a.key);
    expect(keys.filter((k) => k.includes('complete') && !k.includes('incomplete'))).toEqual([
      'check-completeness:complete',
    ]);
    await take('check-completeness:complete');
    keys = (await offered()).map((a) => a.key);
    // No incompleteness after the confirmation; no approval before the site visit.
    expect(keys.some((k) => k.includes('incomplete'))).toBe(false);
    expect(keys).not.toContain('decide:approve');
    await take('complete-step:site-visit');
    await take('decide:approve');
    await take('sign');
    const state = await s.platform.engine.get(id);
    expect(state.status).toBe('signed');
    expect(state.signature?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives the same receipt for a retried paper intake with the same Idempotency-Key', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const send = () =>
      s.app.inject({
        method: 'POST',
        url: '/api/v1/official/paper-intake',
        headers: { ...clerk.headers, 'idempotency-key': 'paper-1' },
        payload: {
          serviceId: PAPER,
          caseId: 'registration',
          applicant: { id: alice, type: 'individual', name: 'Сейітов Әлібек' },
        },
      });
    const first = await send();
    const before = (await s.platform.store.listApplications()).length;
    const second = await send();
    expect(second.json()).toEqual(first.json());
    expect((await s.platform.store.listApplications()).length).toBe(before);
  });
});
