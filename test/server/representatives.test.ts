/**
 * Representatives: an organisation records an employee's powers; the employee then acts for it
 * (applications under the BIN). Forbidden: an individual managing powers, acting for an
 * organisation without a recorded power, an employee's session managing the organisation's
 * powers — each refused with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  alice,
  bob,
  company,
  loginApplicant,
  snapshot,
  startServer,
  type TestServer,
} from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

const rows = async () =>
  JSON.stringify(
    (await pgStoreOf(s.platform.store).pool.query('SELECT * FROM representatives ORDER BY iin')).rows,
  );

describe('representatives', () => {
  it('records powers; the employee acts for the organisation; withdrawn powers end that', async () => {
    const org = await loginApplicant(s.app, company);
    const put = await s.app.inject({
      method: 'PUT',
      url: `/api/v1/organisation/representatives/${bob}`,
      headers: org.headers,
      payload: { powers: ['apply'] },
    });
    expect(put.statusCode).toBe(200);
    const list = await s.app.inject({ url: '/api/v1/organisation/representatives', headers: org.headers });
    expect(list.json()).toEqual([{ bin: company, iin: bob, powers: ['apply'] }]);

    const employee = await loginApplicant(s.app, bob);
    const actFor = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/act-for',
      headers: employee.headers,
      payload: { bin: company },
    });
    expect(actFor.statusCode).toBe(200);
    const token = actFor.json<{ token: string }>().token;
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { authorization: `Bearer ${token}` },
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ applicationId: string }>().applicationId;
    expect((await s.platform.engine.get(id)).applicant).toMatchObject({ id: company, type: 'legal-entity' });

    // Only the powers recorded: "apply" does not include paying or signing.
    for (const action of ['payment', 'demo-sign']) {
      const res = await s.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/${action}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode, action).toBe(403);
      expect(res.json()).toMatchObject({ code: 'signature.power_missing' });
    }

    // The employee's organisation session cannot manage the organisation's powers.
    const before = await rows();
    const selfGrant = await s.app.inject({
      method: 'PUT',
      url: `/api/v1/organisation/representatives/${alice}`,
      headers: { authorization: `Bearer ${token}` },
      payload: { powers: ['apply', 'sign'] },
    });
    expect(selfGrant.statusCode).toBe(403);
    expect(await rows()).toBe(before);

    const del = await s.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisation/representatives/${bob}`,
      headers: org.headers,
    });
    expect(del.statusCode).toBe(204);
    const again = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/act-for',
      headers: employee.headers,
      payload: { bin: company },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json()).toMatchObject({ code: 'signature.power_missing' });
  });

  it('refuses an individual managing powers, and acting for an organisation without a record', async () => {
    const person = await loginApplicant(s.app, alice);
    const before = await rows();
    const apps = await snapshot(s.platform);
    const put = await s.app.inject({
      method: 'PUT',
      url: `/api/v1/organisation/representatives/${bob}`,
      headers: person.headers,
      payload: { powers: ['apply'] },
    });
    expect(put.statusCode).toBe(403);
    expect(put.json()).toMatchObject({ code: 'auth.forbidden' });
    const act = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/act-for',
      headers: person.headers,
      payload: { bin: company },
    });
    expect(act.statusCode).toBe(403);
    const none = await s.app.inject({ url: '/api/v1/organisation/representatives' });
    expect(none.statusCode).toBe(401);
    const badPower = await s.app.inject({
      method: 'PUT',
      url: `/api/v1/organisation/representatives/${bob}`,
      headers: (await loginApplicant(s.app, company)).headers,
      payload: { powers: ['everything'] },
    });
    expect(badPower.statusCode).toBe(400);
    expect(await rows()).toBe(before);
    expect(await snapshot(s.platform)).toBe(apps);
  });
});
