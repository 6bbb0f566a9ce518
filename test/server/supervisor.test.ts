/**
 * The supervisor's indicators (src/server/supervisor-routes.ts): an administrator sees every
 * provider; an official only their own (another provider's is 403); an applicant 403, no
 * session 401. A refusal at the completeness check shows up by its ground, with the act's words.
 * Also: the case page answers the actions the official may take (src/cases/actions.ts).
 */
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

interface Figures {
  registered: number;
  finished: number;
  onTime: number;
  onTimeShare: number | null;
  overdueNow: number;
}
interface Answer {
  filter: { providerId: string | null; from: string; to: string };
  totals: Figures;
  providers: (Figures & { providerId: string })[];
  services: (Figures & { serviceId: string; providerId: string })[];
  steps: { serviceId: string; stepId: string; count: number }[];
  refusals: {
    serviceId: string;
    groundId: string;
    text: string | null;
    source: string | null;
    count: number;
  }[];
}

const url = '/api/v1/supervisor/indicators';
const providerOf = (serviceId: string) => officialLogin(serviceId, 'x', s.platform).replace(/\.x$/, '');

describe('supervisor indicators', () => {
  let flagCase = '';
  beforeAll(async () => {
    const applicant = await loginApplicant(s.app, alice);
    await submittedFlag(s.app, applicant);
    flagCase = await submittedFlag(s.app, applicant);
    // One of the two is refused at the completeness check.
    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const page = await s.app.inject({ url: `/api/v1/official/cases/${flagCase}`, headers: official.headers });
    const actions = page.json<{ actions: { key: string; grounds?: { id: string }[] }[] }>().actions;
    const incomplete = actions.find((a) => a.key === 'check-completeness:incomplete');
    const refused = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${flagCase}/commands`,
      headers: { ...official.headers, 'idempotency-key': 'refuse-1' },
      payload: {
        type: 'check-completeness',
        complete: false,
        missing: ['1-қосымша'],
        groundIds: [incomplete?.grounds?.[0]?.id ?? ''],
      },
    });
    expect(refused.statusCode, refused.body).toBe(200);
  }, 60_000);

  it('an administrator sees every provider and service', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const res = await s.app.inject({ url, headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Answer>();
    expect(body.totals.registered).toBe(2);
    expect(body.totals.finished).toBe(1);
    expect(body.providers.map((p) => p.providerId)).toEqual(
      expect.arrayContaining([providerOf(FLAG), providerOf(PAPER)]),
    );
    expect(body.services.find((x) => x.serviceId === FLAG)).toMatchObject({ registered: 2, finished: 1 });
    expect(body.refusals).toEqual([
      expect.objectContaining({
        serviceId: FLAG,
        groundId: 'incomplete-or-expired-documents',
        source: 'Қағидалар 11-т.',
        count: 1,
      }),
    ]);
    expect(body.refusals[0]?.text).toEqual(expect.objectContaining({ kk: expect.any(String) }));
    // A provider filter narrows it.
    const other = await s.app.inject({
      url: `${url}?providerId=${providerOf(PAPER)}`,
      headers: admin.headers,
    });
    expect(other.json<Answer>().totals.registered).toBe(0);
    expect(other.json<Answer>().services.every((x) => x.providerId === providerOf(PAPER))).toBe(true);
  });

  it("an official sees only their provider's figures", async () => {
    const flagOfficial = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const own = await s.app.inject({ url, headers: flagOfficial.headers });
    expect(own.statusCode, own.body).toBe(200);
    const body = own.json<Answer>();
    expect(body.filter.providerId).toBe(providerOf(FLAG));
    expect(body.providers.map((p) => p.providerId)).toEqual([providerOf(FLAG)]);
    expect(body.totals.registered).toBe(2);

    const paperHead = await loginOfficial(s.app, officialLogin(PAPER, 'head', s.platform));
    const filtered = (await s.app.inject({ url, headers: paperHead.headers })).json<Answer>();
    expect(filtered.totals.registered).toBe(0);
    expect(filtered.services.map((x) => x.serviceId)).not.toContain(FLAG);
    expect(filtered.refusals).toEqual([]);

    const another = await s.app.inject({
      url: `${url}?providerId=${providerOf(FLAG)}`,
      headers: paperHead.headers,
    });
    expect(another.statusCode).toBe(403);
    expect(another.json()).toMatchObject({ code: 'auth.forbidden' });
  });

  it('refuses applicants (403) and no session (401); a bad period is 400', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const forbidden = await s.app.inject({ url, headers: applicant.headers });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'auth.forbidden' });
    const anonymous = await s.app.inject({ url });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'auth.required' });
    const admin = await loginOfficial(s.app, 'admin');
    const bad = await s.app.inject({ url: `${url}?from=2025-05-01&to=2025-04-01`, headers: admin.headers });
    expect(bad.statusCode).toBe(400);
    const malformed = await s.app.inject({ url: `${url}?from=yesterday`, headers: admin.headers });
    expect(malformed.statusCode).toBe(400);
  });

  it('the case page offers the actions the engine accepts for this official', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, applicant);
    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const keys = async () =>
      (await s.app.inject({ url: `/api/v1/official/cases/${id}`, headers: official.headers }))
        .json<{ actions: { key: string }[] }>()
        .actions.map((a) => a.key);
    expect(await keys()).toEqual(
      expect.arrayContaining(['check-completeness:complete', 'check-completeness:incomplete']),
    );
    const done = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${id}/commands`,
      headers: { ...official.headers, 'idempotency-key': 'complete-1' },
      payload: { type: 'check-completeness', complete: true },
    });
    expect(done.statusCode, done.body).toBe(200);
    const after = await keys();
    expect(after).not.toContain('check-completeness:complete');
    expect(after).toEqual(expect.arrayContaining(['record-inspection', 'send-preliminary-decision']));
  });
});
