/**
 * The office counter over HTTP (src/server/visit-routes.ts): arrival, call, finish, the board,
 * the paper intake that ends a visit, the receipt's lines and the monitoring counts. The clock
 * starts Tuesday 15.04.2025 10:00 in Astana (test/server/harness.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentContent } from '../../src/documents/content.ts';
import { documentParties, storePartySources } from '../../src/documents/parties.ts';
import { serviceOf } from '../../src/documents/service.ts';
import type { ApplicationState } from '../../src/cases/model.ts';
import { computeIndicators } from '../../src/monitoring/indicators.ts';
import { platformSessions } from '../../src/server/session-store.ts';
import { CSRF_HEADER } from '../../src/server/auth.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  type TestServer,
} from './harness.ts';

/** Seed 004 standard 1 (ORS special technical means): 20 minutes to wait, 20 to be served (7-т.). */
const ORS = 'ors-special-technical-means-license';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

interface VisitAnswer {
  id: string;
  ticket: number;
  status: string;
  unitId: string | null;
  arrivedAt: string;
  calledAt: string | null;
  endedAt: string | null;
  applicationId: string | null;
  waitedMinutes: number;
  servedMinutes: number | null;
  waitOver: boolean | null;
  serviceOver: boolean | null;
  limits: { wait: { ms: number; source: string } | null; service: { ms: number; source: string } | null };
}
interface Board {
  waiting: VisitAnswer[];
  serving: VisitAnswer[];
  overLimit: { waiting: number; serving: number };
}

const minutes = (n: number) => s.clock.set(new Date(s.clock.now().getTime() + n * 60_000));
const post = (headers: Record<string, string>, url: string, payload?: object) =>
  s.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
const visitsTable = async () =>
  JSON.stringify(
    (await pgStoreOf(s.platform.store).pool.query('SELECT * FROM counter_visits ORDER BY arrived_at, ticket'))
      .rows,
  );

describe('the office counter (seed 004 p.7)', () => {
  it('seed 004 p.7: arrival, call and end are recorded; the board shows who waited how long, longest first, over 20 minutes flagged', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(ORS, 'office-clerk', s.platform));
    // 10:00 first visitor, 10:05 second.
    const first = await post(clerk.headers, '/official/visits', { serviceId: ORS, caseId: 'issue' });
    expect(first.statusCode, first.body).toBe(201);
    const v1 = first.json<VisitAnswer>();
    expect(v1).toMatchObject({ ticket: 1, status: 'waiting', waitedMinutes: 0, waitOver: false });
    expect(v1.limits.wait).toMatchObject({ ms: 20 * 60_000, source: expect.stringMatching(/7-т\./) });
    minutes(5);
    const v2 = (await post(clerk.headers, '/official/visits', { serviceId: ORS })).json<VisitAnswer>();
    expect(v2.ticket).toBe(2);
    // 10:21: the first has waited 21 minutes (over), the second 16.
    minutes(16);
    const board = (
      await s.app.inject({ url: '/api/v1/official/visits/board', headers: clerk.headers })
    ).json<Board>();
    expect(board.waiting.map((v) => [v.ticket, v.waitedMinutes, v.waitOver])).toEqual([
      [1, 21, true],
      [2, 16, false],
    ]);
    expect(board.overLimit).toEqual({ waiting: 1, serving: 0 });

    // 10:21 the first is called (waited 21 minutes: over); 10:30 finished (served 9 minutes).
    const called = await post(clerk.headers, `/official/visits/${v1.id}/call`);
    expect(called.json<VisitAnswer>()).toMatchObject({
      status: 'serving',
      waitedMinutes: 21,
      waitOver: true,
    });
    minutes(9);
    const ended = await post(clerk.headers, `/official/visits/${v1.id}/finish`, {});
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json<VisitAnswer>()).toMatchObject({
      status: 'ended',
      servedMinutes: 9,
      serviceOver: false,
    });

    // 10:30 the second is called, 10:51 finished: served 21 minutes, over.
    await post(clerk.headers, `/official/visits/${v2.id}/call`);
    minutes(21);
    const late = (await post(clerk.headers, `/official/visits/${v2.id}/finish`, {})).json<VisitAnswer>();
    expect(late).toMatchObject({ waitedMinutes: 25, waitOver: true, servedMinutes: 21, serviceOver: true });

    // Monitoring, by arrival date 15.04.2025: two visits, both waited over 20, one served over 20.
    const ind = await computeIndicators(s.platform.store, {
      serviceId: ORS,
      from: '2025-04-15',
      to: '2025-04-16',
      now: s.clock.now(),
    });
    expect(ind.visits).toEqual([
      expect.objectContaining({
        serviceId: ORS,
        visits: 2,
        called: 2,
        ended: 2,
        waitedOver: 2,
        waitingOverNow: 0,
        servedOver: 1,
        waitLimited: true,
        serviceLimited: true,
      }),
    ]);
    // The same numbers on the supervisor's dashboard data, for the provider's head.
    const head = await loginOfficial(s.app, officialLogin(ORS, 'head', s.platform));
    const dash = await s.app.inject({
      url: '/api/v1/supervisor/indicators?from=2025-04-15&to=2025-04-16',
      headers: head.headers,
    });
    expect(
      dash.json<{ visits: { serviceId: string; waitedOver: number; servedOver: number }[] }>().visits,
    ).toEqual([expect.objectContaining({ serviceId: ORS, waitedOver: 2, servedOver: 1 })]);
  });

  it('seed 003 p.8: paper intake during a visit ends it; the talon shows arrival, start, end and the limits', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const v = (await post(clerk.headers, '/official/visits', { serviceId: PAPER })).json<VisitAnswer>();
    expect(v.limits.wait).toBeNull();
    minutes(7);
    await post(clerk.headers, `/official/visits/${v.id}/call`);
    minutes(12);
    const intake = await post(clerk.headers, '/official/paper-intake', {
      serviceId: PAPER,
      caseId: 'registration',
      applicant: { id: alice, type: 'individual', name: 'Сейітов Әлібек' },
      visitId: v.id,
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const { applicationId, visit } = intake.json<{ applicationId: string; visit: VisitAnswer }>();
    expect(visit).toMatchObject({ id: v.id, applicationId });
    expect(visit.endedAt).toEqual(expect.any(String));

    const row = await s.platform.store.findApplication(applicationId);
    const state = row?.state as ApplicationState;
    const sources = storePartySources(s.platform.store, s.platform.simulators.stateDatabases);
    const talon = documentContent(
      state,
      serviceOf(s.platform.catalog, state),
      'receipt',
      'kk',
      { publicBaseUrl: 'http://localhost' },
      await documentParties(sources, state, s.clock.now()),
    );
    if (!talon.ok) throw new Error(talon.reason);
    const field = (label: string) => talon.content.fields.find((f) => f.label === label)?.value;
    const arrived = new Date(v.arrivedAt);
    const hhmm = (d: Date) => new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(11, 16);
    // Arrived at t, called 7 minutes later, ended 12 minutes after the call.
    expect(field('Келген уақыты (кезекке тұрған)')).toContain(hhmm(arrived));
    expect(field('Қызмет көрсетудің басталуы')).toContain(hhmm(new Date(arrived.getTime() + 7 * 60_000)));
    expect(field('Қызмет көрсетудің аяқталуы')).toContain(hhmm(new Date(arrived.getTime() + 19 * 60_000)));
    expect(field('Қызмет көрсетудің рұқсат етілген ең көп уақыты')).toMatch(
      /^20 минут .*іс жүзінде: 12 минут$/,
    );
    // Seed 003 sets no waiting limit: no such line.
    expect(field('Күтудің рұқсат берілген ең көп уақыты')).toBeUndefined();

    // A receipt signed before the visit ended does not show it: the same bytes ever after.
    const before = documentContent(
      state,
      serviceOf(s.platform.catalog, state),
      'receipt',
      'kk',
      { publicBaseUrl: 'http://localhost' },
      await documentParties(sources, state, new Date(Date.parse(visit.endedAt ?? '') - 1)),
    );
    expect(before.ok && before.content.fields.some((f) => f.label === 'Қызмет көрсетудің басталуы')).toBe(
      false,
    );
  });

  it('a retried arrival with the same Idempotency-Key gets its ticket back; the key on another arrival is refused', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(ORS, 'office-clerk', s.platform));
    const headers = { ...clerk.headers, 'idempotency-key': `arrival-${Date.now()}` };
    const first = await post(headers, '/official/visits', { serviceId: ORS, caseId: 'issue' });
    expect(first.statusCode, first.body).toBe(201);
    const before = await visitsTable();
    // The answer was lost and the clerk clicked again: the same visit, no second ticket.
    const again = await post(headers, '/official/visits', { serviceId: ORS, caseId: 'issue' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<VisitAnswer>()).toMatchObject({
      id: first.json<VisitAnswer>().id,
      ticket: first.json<VisitAnswer>().ticket,
    });
    const other = await post(headers, '/official/visits', { serviceId: ORS });
    expect(other.statusCode, other.body).toBe(422);
    expect(other.json<{ code: string }>().code).toBe('server.idempotency_key_reused');
    expect(await visitsTable()).toBe(before);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const clerk = await loginOfficial(s.app, officialLogin(ORS, 'office-clerk', s.platform));
    const v = (await post(clerk.headers, '/official/visits', { serviceId: ORS })).json<VisitAnswer>();
    const before = await visitsTable();
    const cases: [string, Record<string, string>, string, object | undefined, number, string][] = [
      [
        'unknown service',
        clerk.headers,
        '/official/visits',
        { serviceId: 'no-such' },
        404,
        'catalog.unknown_service',
      ],
      [
        'unknown case',
        clerk.headers,
        '/official/visits',
        { serviceId: ORS, caseId: 'nope' },
        404,
        'catalog.unknown_case',
      ],
      [
        'another provider',
        clerk.headers,
        '/official/visits',
        { serviceId: PAPER },
        403,
        'cases.wrong_provider',
      ],
      ['no body field', clerk.headers, '/official/visits', {}, 400, 'server.invalid_request'],
      [
        'finish before call',
        clerk.headers,
        `/official/visits/${v.id}/finish`,
        {},
        409,
        'cases.visit_wrong_state',
      ],
      ['unknown visit', clerk.headers, '/official/visits/nope/call', undefined, 404, 'cases.visit_not_found'],
      [
        'no CSRF token',
        { cookie: clerk.headers['cookie'] ?? '' },
        `/official/visits/${v.id}/call`,
        undefined,
        403,
        'auth.csrf',
      ],
    ];
    for (const [what, headers, url, payload, status, code] of cases) {
      const res = await post(headers, url, payload);
      expect([what, res.statusCode], res.body).toEqual([what, status]);
      expect(res.json()).toMatchObject({ code });
    }
    // The message is in the caller's language.
    const ru = await post(
      { ...clerk.headers, 'accept-language': 'ru' },
      `/official/visits/${v.id}/finish`,
      {},
    );
    expect(ru.json<{ detail?: string; title?: string }>()).toMatchObject({ code: 'cases.visit_wrong_state' });
    expect(JSON.stringify(ru.json())).toMatch(/посещения/);
    // Another provider's clerk does not see the visit; an applicant cannot reach the counter.
    const other = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    expect((await post(other.headers, `/official/visits/${v.id}/call`)).statusCode).toBe(404);
    const applicant = await loginApplicant(s.app, alice);
    expect(
      (await post(applicant.headers, '/official/visits', { serviceId: ORS })).statusCode,
    ).toBeGreaterThanOrEqual(401);
    // Linking an application that is not the provider's: 404, the visit stays as it was.
    await post(clerk.headers, `/official/visits/${v.id}/call`);
    const afterCall = await visitsTable();
    const link = await post(clerk.headers, `/official/visits/${v.id}/finish`, {
      applicationId: 'no-such-app',
    });
    expect(link.statusCode).toBe(404);
    expect(await visitsTable()).toBe(afterCall);
    // A second call is refused.
    expect((await post(clerk.headers, `/official/visits/${v.id}/call`)).json()).toMatchObject({
      code: 'cases.visit_wrong_state',
    });
    expect(before).not.toBe(afterCall);
    await post(clerk.headers, `/official/visits/${v.id}/finish`, {});
  });

  it('an official of a unit sees and moves only that unit’s visits', async () => {
    const login = officialLogin(ORS, 'office-clerk', s.platform);
    const sessions = platformSessions(s.platform);
    const demo = await sessions.findOfficial(login);
    if (demo === undefined) throw new Error(login);
    await s.platform.store.repos.units.put({
      providerId: demo.providerId,
      unitId: 'north',
      name: { kk: 'Солтүстік', ru: 'Север', en: 'North' },
      region: 'СҚО',
    });
    await sessions.addOfficial({ ...demo, login: `${login}.north`, unitId: 'north' });
    const north = await loginOfficial(s.app, `${login}.north`);
    const whole = await loginOfficial(s.app, login);
    const here = (await post(north.headers, '/official/visits', { serviceId: ORS })).json<VisitAnswer>();
    expect(here).toMatchObject({ unitId: 'north', ticket: 1 });
    const elsewhere = (await post(whole.headers, '/official/visits', { serviceId: ORS })).json<VisitAnswer>();
    const board = (
      await s.app.inject({ url: '/api/v1/official/visits/board', headers: north.headers })
    ).json<Board>();
    expect(board.waiting.map((v) => v.id)).toEqual([here.id]);
    expect((await post(north.headers, `/official/visits/${elsewhere.id}/call`)).statusCode).toBe(404);
    // The whole provider's official sees both.
    const all = (
      await s.app.inject({ url: '/api/v1/official/visits/board', headers: whole.headers })
    ).json<Board>();
    expect(all.waiting.map((v) => v.id)).toEqual(expect.arrayContaining([here.id, elsewhere.id]));
    expect(CSRF_HEADER).toBe('x-csrf-token');
  });
});
