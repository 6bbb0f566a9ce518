/**
 * The quality survey in the cabinet: open once the result is decided, the questions of seed
 * 003's e-regulation annex 3 (the flag license of seed 000 has none of its own), answers
 * checked against the options, only by the applicant, and counted in the indicators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/monitoring/indicators.ts';
import {
  FLAG,
  bob,
  company,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submittedFlag,
  type Auth,
  type TestServer,
} from './harness.ts';

let server: TestServer;
let applicant: Auth;
let id = '';
beforeAll(async () => {
  server = await startServer();
  applicant = await loginApplicant(server.app, company);
  id = await submittedFlag(server.app, applicant);
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const survey = (auth: Auth, answers: unknown) =>
  server.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/survey`,
    headers: auth.headers,
    payload: { answers },
  });

describe('the quality survey', () => {
  it('is closed before the result, with the two questions of seed 003 annex 3', async () => {
    const res = await server.app.inject({
      url: `/api/v1/applications/${id}/survey`,
      headers: applicant.headers,
    });
    const body = res.json<{ open: boolean; questions: { id: string; text: string; options: string[] }[] }>();
    expect(body.open).toBe(false);
    expect(body.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(body.questions[0]?.text).toMatch(/сапасына және нәтижесіне қанағаттанасыз ба/);
    expect(body.questions[0]?.options).toEqual([
      'қанағаттанған жоқпын',
      'ішінара қанағаттанамын',
      'қанағаттанамын',
    ]);
    expect((await survey(applicant, { q1: 3 })).statusCode).toBe(409);
  });

  it('after the refusal: answered by the applicant, counted; a wrong option or question changes nothing', async () => {
    const official = await loginOfficial(server.app, officialLogin(FLAG, 'other', server.platform));
    const refused = await server.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${id}/commands`,
      headers: official.headers,
      payload: {
        type: 'check-completeness',
        complete: false,
        missing: ['1-қосымша'],
        groundIds: ['incomplete-or-expired-documents'],
      },
    });
    expect(refused.statusCode).toBe(200);
    // Both questions have three options in the act (seed 003 annex 3): 4 is not one of them.
    expect((await survey(applicant, { q1: 3, q2: 4 })).statusCode).toBe(400);
    expect((await survey(applicant, { q9: 1 })).statusCode).toBe(400);
    expect((await survey(applicant, { q1: 0 })).statusCode).toBe(400);
    expect((await survey(await loginApplicant(server.app, bob), { q1: 3 })).statusCode).toBe(404);
    const counted = async () =>
      (
        await computeIndicators(server.platform.store, {
          from: '2025-01-01',
          to: '2026-01-01',
          now: server.clock.now(),
        })
      ).survey;
    expect((await counted()).every((q) => q.answers === 0)).toBe(true);

    expect((await survey(applicant, { q1: 3, q2: 1 })).statusCode).toBe(204);
    const [q1, q2] = await counted();
    expect(q1).toMatchObject({ question: 'q1', answers: 1, satisfiedShare: 1 });
    expect(q2).toMatchObject({ question: 'q2', answers: 1, satisfiedShare: 0 });
  });
});
