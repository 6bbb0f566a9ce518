/**
 * The official routes refuse, and change nothing, for: no session, an applicant's session, an
 * official of another provider (404: the case is not even seen), and the wrong role at the
 * right provider (403 from the engine).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FLAG,
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  startServer,
  type Auth,
  type TestServer,
} from './harness.ts';

let s: TestServer;
let clerk: Auth;
let caseId: string;
let currentStep: { stepId: string; roleKind: string };

beforeAll(async () => {
  s = await startServer();
  clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
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
  caseId = intake.json<{ applicationId: string }>().applicationId;
  const state = await s.platform.engine.get(caseId);
  const step = state.steps.find((x) => x.stepId === state.currentStepId);
  if (step === undefined) throw new Error('no current step');
  currentStep = step;
}, 60_000);
afterAll(() => s?.close());

const routes = (id: string, stepId: string) =>
  [
    { method: 'GET', url: `/api/v1/official/cases/${id}` },
    {
      method: 'POST',
      url: `/api/v1/official/cases/${id}/commands`,
      payload: { type: 'complete-step', stepId },
    },
    {
      method: 'POST',
      url: `/api/v1/official/cases/${id}/commands`,
      payload: { type: 'decide', decision: 'approve' },
    },
  ] as const;

describe('official routes: forbidden', () => {
  it("hides another provider's case (404) and changes nothing", async () => {
    const other = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const before = await snapshot(s.platform);
    for (const route of routes(caseId, currentStep.stepId)) {
      const res = await s.app.inject({ ...route, headers: other.headers });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'cases.not_found' });
      expect(res.body).not.toContain(alice);
    }
    const queue = await s.app.inject({ url: '/api/v1/official/queue', headers: other.headers });
    expect(queue.json<{ applicationId: string }[]>().some((i) => i.applicationId === caseId)).toBe(false);
    const intake = await s.app.inject({
      method: 'POST',
      url: '/api/v1/official/paper-intake',
      headers: other.headers,
      payload: {
        serviceId: PAPER,
        caseId: 'registration',
        applicant: { id: alice, type: 'individual', name: 'X' },
      },
    });
    expect(intake.statusCode).toBe(403);
    expect(intake.json()).toMatchObject({ code: 'cases.wrong_provider' });
    expect(await snapshot(s.platform)).toBe(before);
  });

  it('refuses the wrong role at the right provider (403) and changes nothing', async () => {
    const wrongRole = ['head', 'unit-head', 'executor', 'office-clerk'].find(
      (r) => r !== currentStep.roleKind,
    );
    if (wrongRole === undefined) throw new Error('no other role');
    const wrong = await loginOfficial(s.app, officialLogin(PAPER, wrongRole, s.platform));
    const before = await snapshot(s.platform);
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${caseId}/commands`,
      headers: wrong.headers,
      payload: { type: 'complete-step', stepId: currentStep.stepId },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('cases.forbidden_role');
    expect(await snapshot(s.platform)).toBe(before);
  });

  it('refuses no session (401) and an applicant session (403), and changes nothing', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const before = await snapshot(s.platform);
    for (const route of [
      ...routes(caseId, currentStep.stepId),
      { method: 'GET', url: '/api/v1/official/queue' },
      {
        method: 'POST',
        url: '/api/v1/official/paper-intake',
        payload: {
          serviceId: PAPER,
          caseId: 'registration',
          applicant: { id: alice, type: 'individual', name: 'X' },
        },
      },
    ] as const) {
      const none = await s.app.inject(route);
      expect(none.statusCode, `${route.method} ${route.url}`).toBe(401);
      const asApplicant = await s.app.inject({ ...route, headers: applicant.headers });
      expect(asApplicant.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(asApplicant.json()).toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(s.platform)).toBe(before);
  });

  it('does not let the applicant of a case act on it as an official', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${caseId}/commands`,
      headers: { authorization: `Bearer ${applicant.token}` },
      payload: { type: 'decide', decision: 'approve' },
    });
    expect(res.statusCode).toBe(403);
  });
});
