/**
 * Issue 15, intake: an Idempotency-Key reused with another body is refused (422), not answered
 * with the first request's result, while the same key and body still replay; a refused
 * submission or registration uses up no inbound number; paper intake (draft, submission,
 * registration) commits as one transaction, so a clerk whose registration is refused leaves no
 * application behind. Replayed over HTTP against a loopback server.
 */
import { describe, expect, it } from 'vitest';
import {
  FLAG,
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  submitSigned,
} from '../server/harness.ts';
import { securitySuite } from './suite.ts';

const suite = securitySuite('intake');
const { send } = suite;

const numberOf = async (id: string, who: Awaited<ReturnType<typeof loginApplicant>>) =>
  (await send('GET', `/api/v1/applications/${id}`, { auth: who, route: '/api/v1/applications/:id' })).json<{
    application: { registration: { inboundNumber: string } | null };
  }>().application.registration?.inboundNumber;

/** "2025-000007" → 7. */
const serial = (inbound: string | undefined) => Number(inbound?.slice(5));

describe('Idempotency-Key', () => {
  it('the same key with the same body replays the first answer; with another body is 422 server.idempotency_key_reused and creates nothing', async () => {
    const me = await loginApplicant(suite.server().app, alice);
    const headers = { 'idempotency-key': 'k-create-1' };
    const first = await send('POST', '/api/v1/applications', {
      auth: me,
      headers,
      body: { serviceId: FLAG, caseId: 'issue' },
    });
    expect(first.status, first.text).toBe(201);
    const id = first.json<{ applicationId: string }>().applicationId;
    const again = await send('POST', '/api/v1/applications', {
      auth: me,
      headers,
      body: { serviceId: FLAG, caseId: 'issue' },
    });
    expect(again.status).toBe(201);
    expect(again.json<{ applicationId: string }>().applicationId).toBe(id);

    const before = await snapshot(suite.server().platform);
    const attack = suite.attack('idempotency key reused with another body');
    const other = await send('POST', '/api/v1/applications', {
      auth: me,
      headers,
      body: { serviceId: FLAG, caseId: 'issue', form: { note: 'another request' } },
    });
    expect(other.status, other.text).toBe(422);
    expect(other.json()).toMatchObject({ code: 'server.idempotency_key_reused' });
    expect(await snapshot(suite.server().platform)).toBe(before);
    attack.held();
  });

  it('on a command: the draft keeps the first edit, the second body under the same key is refused', async () => {
    const me = await loginApplicant(suite.server().app, bob);
    const id = (
      await send('POST', '/api/v1/applications', { auth: me, body: { serviceId: FLAG, caseId: 'issue' } })
    ).json<{ applicationId: string }>().applicationId;
    const edit = (form: Record<string, string>) =>
      send('PATCH', `/api/v1/applications/${id}`, {
        auth: me,
        headers: { 'idempotency-key': 'k-edit' },
        body: { form },
        route: '/api/v1/applications/:id',
      });
    expect((await edit({ activity: 'first' })).status).toBe(200);
    expect((await edit({ activity: 'first' })).status).toBe(200);
    const attack = suite.attack('idempotency key reused with another body');
    const second = await edit({ activity: 'second' });
    expect(second.status).toBe(422);
    expect(second.json()).toMatchObject({ code: 'server.idempotency_key_reused' });
    const state = await send('GET', `/api/v1/applications/${id}`, {
      auth: me,
      route: '/api/v1/applications/:id',
    });
    expect(state.json<{ application: { form: unknown } }>().application.form).toEqual({ activity: 'first' });
    attack.held();
  });
});

describe('inbound numbers', () => {
  it('refused submissions take no number: the next accepted one is the previous + 1', async () => {
    const app = suite.server().app;
    const me = await loginApplicant(app, alice);
    const create = async () =>
      (
        await send('POST', '/api/v1/applications', { auth: me, body: { serviceId: FLAG, caseId: 'issue' } })
      ).json<{ applicationId: string }>().applicationId;
    const first = await create();
    expect((await submitSigned(app, me, first)).statusCode).toBe(200);
    const n = serial(await numberOf(first, me));
    expect(n).toBeGreaterThan(0);

    // Three refusals the engine reaches after the number used to be taken: a second
    // submission of a registered application (×2) and a portal submission without its EDS.
    const attacks = [1, 2, 3].map(() => suite.attack('refused submission consuming an inbound number'));
    for (let i = 0; i < 2; i++) {
      const again = await send('POST', `/api/v1/applications/${first}/submit`, {
        auth: me,
        body: {},
        route: '/api/v1/applications/:id/submit',
      });
      expect(again.json().code, again.text).toMatch(/^cases\./);
    }
    const unsigned = await create();
    const refused = await send('POST', `/api/v1/applications/${unsigned}/submit`, {
      auth: me,
      body: {},
      route: '/api/v1/applications/:id/submit',
    });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'cases.signature_required' });

    const next = await create();
    expect((await submitSigned(app, me, next)).statusCode).toBe(200);
    // n, then 3 refusals that take nothing, then n + 1.
    expect(serial(await numberOf(next, me))).toBe(n + 1);
    for (const a of attacks) a.held();
  });
});

describe('paper intake', () => {
  const paper = {
    serviceId: PAPER,
    caseId: 'registration',
    applicant: { id: alice, type: 'individual', name: 'X' },
  };

  it('a clerk whose registration is refused leaves no draft, no submission and takes no number', async () => {
    const { app, platform } = suite.server();
    const clerk = await loginOfficial(app, officialLogin(PAPER, 'office-clerk', platform));
    const head = await loginOfficial(app, officialLogin(PAPER, 'head', platform));
    const ok = await send('POST', '/api/v1/official/paper-intake', { auth: clerk, body: paper });
    expect(ok.status, ok.text).toBe(201);
    const n = serial(ok.json<{ receipt: { inboundNumber: string } }>().receipt.inboundNumber);

    const before = await snapshot(platform);
    const attack = suite.attack('paper intake by a role that may not register');
    const refused = await send('POST', '/api/v1/official/paper-intake', { auth: head, body: paper });
    expect(refused.status, refused.text).toBe(403);
    expect(await snapshot(platform)).toBe(before);
    attack.held();

    const next = await send('POST', '/api/v1/official/paper-intake', { auth: clerk, body: paper });
    expect(serial(next.json<{ receipt: { inboundNumber: string } }>().receipt.inboundNumber)).toBe(n + 1);
  });

  it('a retry with the same key gets the same application and number; another body under it is 422', async () => {
    const { app, platform } = suite.server();
    const clerk = await loginOfficial(app, officialLogin(PAPER, 'office-clerk', platform));
    const headers = { 'idempotency-key': 'counter-7' };
    const first = await send('POST', '/api/v1/official/paper-intake', { auth: clerk, headers, body: paper });
    const retry = await send('POST', '/api/v1/official/paper-intake', { auth: clerk, headers, body: paper });
    expect(first.status).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const attack = suite.attack('idempotency key reused with another body');
    const other = await send('POST', '/api/v1/official/paper-intake', {
      auth: clerk,
      headers,
      body: { ...paper, applicant: { id: bob, type: 'individual', name: 'Y' } },
    });
    expect(other.status).toBe(422);
    expect(other.json()).toMatchObject({ code: 'server.idempotency_key_reused' });
    attack.held();
  });
});
