/**
 * Providers and territorial units: an administrator manages units, puts officials in them; an
 * application addressed to a unit (by the applicant on the draft, or by the clerk's unit at
 * paper intake) is not seen by an official of another unit of the same provider (404, not in
 * the queue), and is seen by one of its unit or of none. Everyone else is refused, nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationState } from '../../src/cases/model.ts';
import { providerRoles } from '../../src/server/demo.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  startServer,
  submitSigned,
  type Auth,
  type TestServer,
} from './harness.ts';

let s: TestServer;
let admin: Auth;
let flagProvider: string;
let paperProvider: string;
beforeAll(async () => {
  s = await startServer();
  admin = await loginOfficial(s.app, 'admin');
  flagProvider = officialLogin(FLAG, 'x', s.platform).slice(0, -2);
  paperProvider = officialLogin(PAPER, 'x', s.platform).slice(0, -2);
}, 60_000);
afterAll(() => s?.close());

const unit = (kk: string) => ({ name: { kk, ru: `${kk} (ru)`, en: `${kk} (en)` }, region: 'Астана' });
const putUnit = (provider: string, id: string, headers = admin.headers, body: unknown = unit(id)) =>
  s.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/providers/${provider}/units/${id}`,
    headers,
    payload: body as Record<string, unknown>,
  });
const putOfficial = (login: string, body: Record<string, unknown>, headers = admin.headers) =>
  s.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/officials/${login}`,
    headers,
    payload: { name: login, password: 'a-long-password-1', ...body },
  });
const login = async (who: string): Promise<Auth> => {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: who, password: 'a-long-password-1' },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  const body = res.json<{ token: string }>();
  return { headers: { authorization: `Bearer ${body.token}` }, token: body.token };
};
const unitsTable = async () =>
  JSON.stringify(
    (
      await pgStoreOf(s.platform.store).pool.query(
        'SELECT * FROM territorial_units ORDER BY provider_id, unit_id',
      )
    ).rows,
  );

describe('providers and territorial units', () => {
  it('creates, lists, updates and deletes units; providers come from the catalog', async () => {
    const created = await putUnit(flagProvider, 'north');
    expect(created.statusCode, created.body).toBe(200);
    const updated = await putUnit(flagProvider, 'north', admin.headers, {
      ...unit('Солтүстік'),
      region: 'СҚО',
    });
    expect(updated.json()).toMatchObject({ unitId: 'north', region: 'СҚО', name: { kk: 'Солтүстік' } });
    const providers = await s.app.inject({ url: '/api/v1/admin/providers', headers: admin.headers });
    expect(providers.statusCode).toBe(200);
    const list = providers.json<{ id: string; roles: string[]; units: { unitId: string }[] }[]>();
    expect(list.map((p) => p.id).sort()).toEqual([...providerRoles(s.platform.catalog).keys()].sort());
    expect(list.find((p) => p.id === flagProvider)?.units.map((u) => u.unitId)).toEqual(['north']);
    const units = await s.app.inject({
      url: `/api/v1/admin/providers/${flagProvider}/units`,
      headers: admin.headers,
    });
    expect(units.json()).toHaveLength(1);
    const open = await s.app.inject({ url: `/api/v1/services/${FLAG}/units` });
    expect(open.json<{ unitId: string }[]>().map((u) => u.unitId)).toEqual(['north']);
    const gone = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/providers/${flagProvider}/units/north`,
      headers: admin.headers,
    });
    expect(gone.statusCode).toBe(204);
    const again = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/providers/${flagProvider}/units/north`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it('validation: bad unit id or body 400, unknown provider 404, a unit of another provider 400; nothing stored', async () => {
    const before = await unitsTable();
    expect((await putUnit(flagProvider, 'Bad Id')).statusCode).toBe(400);
    expect((await putUnit(flagProvider, 'ok', admin.headers, { region: 'x' })).statusCode).toBe(400);
    expect((await putUnit(flagProvider, 'ok', admin.headers, { ...unit('x'), region: '' })).statusCode).toBe(
      400,
    );
    const unknown = await putUnit('no-such-provider', 'ok');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'admin.unknown_provider' });
    expect(await unitsTable()).toBe(before);

    expect((await putUnit(paperProvider, 'paper-only')).statusCode).toBe(200);
    const roles = [...(providerRoles(s.platform.catalog).get(flagProvider)?.roles ?? [])];
    const wrong = await putOfficial('wrong.unit', {
      role: roles[0],
      providerId: flagProvider,
      unitId: 'paper-only',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'admin.unknown_unit' });
    const officials = await s.app.inject({ url: '/api/v1/admin/officials', headers: admin.headers });
    expect(officials.json<{ login: string }[]>().map((o) => o.login)).not.toContain('wrong.unit');

    const me = await loginApplicant(s.app, alice);
    const apps = await snapshot(s.platform);
    const draft = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: me.headers,
      payload: { serviceId: FLAG, caseId: 'issue', unitId: 'paper-only' },
    });
    expect(draft.statusCode).toBe(400);
    expect(draft.json()).toMatchObject({ code: 'admin.unknown_unit' });
    expect(await snapshot(s.platform)).toBe(apps);
  });

  it('an application of one unit: its unit and the provider-wide official see it, another unit gets 404', async () => {
    for (const u of ['east', 'west']) expect((await putUnit(flagProvider, u)).statusCode).toBe(200);
    const me = await loginApplicant(s.app, alice);
    const draft = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: me.headers,
      payload: { serviceId: FLAG, caseId: 'issue', unitId: 'east' },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json<{ applicationId: string }>().applicationId;
    expect((await submitSigned(s.app, me, id)).statusCode).toBe(200);
    const state = await s.platform.engine.get(id);
    const queueOf = async (auth: Auth) =>
      (await s.app.inject({ url: '/api/v1/official/queue', headers: auth.headers }))
        .json<{ applicationId: string }[]>()
        .map((i) => i.applicationId);
    // Submitted, the applicant's own step is current: the case page is what officials see now.
    const role = [...(providerRoles(s.platform.catalog).get(flagProvider)?.roles ?? [])][0] ?? '';

    for (const [who, u] of [
      ['east.worker', 'east'],
      ['west.worker', 'west'],
    ] as const)
      expect((await putOfficial(who, { role, providerId: flagProvider, unitId: u })).json()).toMatchObject({
        unitId: u,
      });
    const east = await login('east.worker');
    const west = await login('west.worker');
    const whole = await loginOfficial(s.app, `${flagProvider}.${role}`);

    expect(await queueOf(west)).not.toContain(id);

    const caseOf = (auth: Auth) =>
      s.app.inject({ url: `/api/v1/official/cases/${id}`, headers: auth.headers });
    expect((await caseOf(east)).statusCode).toBe(200);
    expect((await caseOf(whole)).statusCode).toBe(200);
    const hidden = await caseOf(west);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ code: 'cases.not_found' });
    expect(hidden.body).not.toContain(alice);
    const attachments = await s.app.inject({
      url: `/api/v1/applications/${id}/attachments`,
      headers: west.headers,
    });
    expect(attachments.statusCode).toBe(404);
    const before = await snapshot(s.platform);
    const act = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/cases/${id}/commands`,
      headers: west.headers,
      payload: { type: 'complete-step', stepId: state.currentStepId ?? 'x' },
    });
    expect(act.statusCode).toBe(404);
    expect(await snapshot(s.platform)).toBe(before);

    // The unit is in use: it cannot be deleted.
    const inUse = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/providers/${flagProvider}/units/east`,
      headers: admin.headers,
    });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ code: 'admin.unit_in_use' });
  });

  it("paper intake addresses the application to the clerk's unit", async () => {
    for (const u of ['desk-a', 'desk-b']) expect((await putUnit(paperProvider, u)).statusCode).toBe(200);
    for (const [who, u] of [
      ['desk-a.clerk', 'desk-a'],
      ['desk-b.clerk', 'desk-b'],
    ] as const)
      expect(
        (await putOfficial(who, { role: 'office-clerk', providerId: paperProvider, unitId: u })).statusCode,
      ).toBe(200);
    const a = await login('desk-a.clerk');
    const b = await login('desk-b.clerk');
    const intake = await s.app.inject({
      method: 'POST',
      url: '/api/v1/official/paper-intake',
      headers: a.headers,
      payload: {
        serviceId: PAPER,
        caseId: 'registration',
        applicant: { id: alice, type: 'individual', name: 'Сейітов Әлібек' },
      },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const id = intake.json<{ applicationId: string }>().applicationId;
    const { rows } = await pgStoreOf(s.platform.store).pool.query(
      'SELECT unit_id FROM application_units WHERE application_id = $1',
      [id],
    );
    expect(rows).toEqual([{ unit_id: 'desk-a' }]);
    const page = await s.app.inject({ url: `/api/v1/official/cases/${id}`, headers: a.headers });
    expect(page.statusCode).toBe(200);
    expect((await s.app.inject({ url: `/api/v1/official/cases/${id}`, headers: b.headers })).statusCode).toBe(
      404,
    );

    // The next step's officials: the one of desk A and the provider-wide one have it in their queue, desk B's not.
    const state = page.json<{ application: ApplicationState }>().application;
    const role = state.steps.find((x) => x.stepId === state.currentStepId)?.roleKind ?? '';
    for (const [who, u] of [
      ['desk-a.next', 'desk-a'],
      ['desk-b.next', 'desk-b'],
    ] as const)
      expect((await putOfficial(who, { role, providerId: paperProvider, unitId: u })).statusCode).toBe(200);
    const queueOf = async (auth: Auth) =>
      (await s.app.inject({ url: '/api/v1/official/queue', headers: auth.headers }))
        .json<{ applicationId: string }[]>()
        .map((i) => i.applicationId);
    expect(await queueOf(await login('desk-a.next'))).toContain(id);
    expect(await queueOf(await loginOfficial(s.app, `${paperProvider}.${role}`))).toContain(id);
    expect(await queueOf(await login('desk-b.next'))).not.toContain(id);
  });

  it('forbidden: no session 401, an applicant or an official 403; nothing changed', async () => {
    expect((await putUnit(flagProvider, 'kept')).statusCode).toBe(200);
    const applicant = await loginApplicant(s.app, alice);
    const official = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const before = await unitsTable();
    for (const headers of [{}, applicant.headers, official.headers]) {
      for (const route of [
        { method: 'GET' as const, url: '/api/v1/admin/providers' },
        { method: 'GET' as const, url: `/api/v1/admin/providers/${flagProvider}/units` },
        {
          method: 'PUT' as const,
          url: `/api/v1/admin/providers/${flagProvider}/units/intruder`,
          payload: unit('x'),
        },
        { method: 'DELETE' as const, url: `/api/v1/admin/providers/${flagProvider}/units/kept` },
      ]) {
        const res = await s.app.inject({ ...route, headers });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(
          Object.keys(headers).length === 0 ? 401 : 403,
        );
      }
    }
    expect(await unitsTable()).toBe(before);
  });
});
