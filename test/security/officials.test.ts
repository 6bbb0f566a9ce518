/**
 * Attacks on officials' and administrators' accounts (admin-routes.ts, auth.ts): a session
 * outliving a change of password, role, provider or unit, or the disabling of its account;
 * someone other than an administrator changing accounts; the last administrator demoted or
 * disabled, locking the deployment out; a weak password. Each is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem, PASSWORD_MIN } from '../../src/server/password-policy.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  type Auth,
  type TestServer,
} from '../server/harness.ts';

let s: TestServer;
let admin: Auth;
let flagProvider: string;
let paperProvider: string;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  s = await startServer();
  admin = await loginOfficial(s.app, 'admin');
  flagProvider = officialLogin(FLAG, 'x', s.platform).slice(0, -2);
  paperProvider = officialLogin(PAPER, 'x', s.platform).slice(0, -2);
}, 60_000);
afterAll(() => s?.close());

const sql = async (text: string, values: unknown[] = []) =>
  (await pgStoreOf(s.platform.store).pool.query(text, values)).rows;
const accounts = async () =>
  JSON.stringify(
    await sql(
      'SELECT login, role, provider_id, unit_id, password_hash, disabled_at, generation FROM officials ORDER BY login',
    ),
  );

const putAccount = (login: string, body: Record<string, unknown>, headers = admin.headers) =>
  s.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/officials/${login}`,
    headers,
    payload: { name: login, password: PASSWORD, ...body },
  });
const setDisabled = (login: string, disable: boolean, headers = admin.headers) =>
  s.app.inject({
    method: 'POST',
    url: `/api/v1/admin/officials/${login}/${disable ? 'disable' : 'enable'}`,
    headers,
  });
async function login(who: string, password = PASSWORD): Promise<string> {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: who, password },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ token: string }>().token;
}
const queue = (token: string) =>
  s.app.inject({ url: '/api/v1/official/queue', headers: { authorization: `Bearer ${token}` } });

describe("an official's sessions end when the account changes", () => {
  const who = 'sec.clerk';
  const base = () => ({ role: 'office-clerk', providerId: paperProvider });

  it('a new password, role, provider or unit each ends every open session (cookie or bearer)', async () => {
    const created = await putAccount(who, base());
    expect(created.statusCode, created.body).toBe(200);
    const unitRes = await s.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/providers/${paperProvider}/units/sec-north`,
      headers: admin.headers,
      payload: { name: { kk: 'Солтүстік', ru: 'Север', en: 'North' }, region: 'Астана' },
    });
    expect(unitRes.statusCode, unitRes.body).toBe(200);
    const changes: [string, Record<string, unknown>][] = [
      ['password', { ...base(), password: 'another long pass phrase' }],
      ['role', { ...base(), role: 'head' }],
      ['provider', { ...base(), providerId: flagProvider }],
      ['unit', { ...base(), unitId: 'sec-north' }],
    ];
    let password = PASSWORD;
    for (const [what, body] of changes) {
      const token = await login(who, password);
      const other = await login(who, password);
      expect((await queue(token)).statusCode, what).toBe(200);
      const put = await putAccount(who, body);
      expect(put.statusCode, put.body).toBe(200);
      for (const t of [token, other]) {
        const res = await queue(t);
        expect(res.statusCode, what).toBe(401);
        expect(res.json()).toMatchObject({ code: 'auth.required' });
      }
      password = (body['password'] as string | undefined) ?? PASSWORD;
    }
    expect(await sql(`SELECT 1 FROM sessions WHERE principal->>'login' = $1`, [who])).toEqual([]);
  });

  it('a login that checked the password just before it changed opens no lasting session', async () => {
    // What the race leaves: a session of the generation before the change.
    expect((await putAccount(who, base())).statusCode).toBe(200);
    const token = await login(who);
    await sql('UPDATE officials SET generation = generation + 1 WHERE login = $1', [who]);
    expect((await queue(token)).statusCode).toBe(401);
  });
});

describe('an administrator disables an official', () => {
  const who = 'sec.executor';

  it('the sessions end at once, the password no longer logs in, and enabling lets them log in anew', async () => {
    expect((await putAccount(who, { role: 'executor', providerId: flagProvider })).statusCode).toBe(200);
    const token = await login(who);
    const disabled = await setDisabled(who, true);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toEqual({ login: who, disabled: true, sessionsEnded: 1 });
    expect((await queue(token)).statusCode).toBe(401);
    const refused = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: who, password: PASSWORD },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'auth.invalid_credentials' });
    const list = await s.app.inject({ url: '/api/v1/admin/officials', headers: admin.headers });
    expect(list.json<{ login: string; disabled: boolean }[]>().find((o) => o.login === who)).toMatchObject({
      disabled: true,
    });
    expect((await setDisabled(who, false)).json()).toMatchObject({ disabled: false });
    expect((await queue(await login(who))).statusCode).toBe(200);
  });

  it('an official, an applicant or no one cannot disable, enable or change an account; nothing changes', async () => {
    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const applicant = await loginApplicant(s.app, alice);
    const before = await accounts();
    for (const [headers, status] of [
      [official.headers, 403],
      [applicant.headers, 403],
      [{}, 401],
    ] as const) {
      expect((await setDisabled(who, true, headers)).statusCode).toBe(status);
      expect((await setDisabled('admin', true, headers)).statusCode).toBe(status);
      expect((await putAccount(who, { role: 'head', providerId: flagProvider }, headers)).statusCode).toBe(
        status,
      );
      expect((await putAccount('sec.intruder', { role: 'admin' }, headers)).statusCode).toBe(status);
    }
    expect(await accounts()).toBe(before);
  });

  it('an unknown account is 404', async () => {
    const res = await setDisabled('no.such.account', true);
    expect(res.statusCode).toBe(404);
  });
});

describe('passwords follow NIST SP 800-63B-4', () => {
  it(`refuses fewer than ${PASSWORD_MIN} characters (counted in code points), more than 128, common, repetitive, sequential and context words`, async () => {
    const before = await accounts();
    const refused: [string, string][] = [
      ['short-pass-14!', 'auth.password_length'],
      // 14 Kazakh letters are 14 characters, not 28 bytes: still too short.
      ['әәәәәәәәәәәәәә', 'auth.password_length'],
      ['x'.repeat(129), 'auth.password_length'],
      ['passwordpassword', 'auth.password_common'],
      ['Password2024!!!!!', 'auth.password_common'],
      ['!!!!iloveyou1234567', 'auth.password_common'],
      ['qwertyuiopasdfghjkl', 'auth.password_common'],
      ['12345678901234567890', 'auth.password_common'],
      ['zyxwvutsrqponmlkj', 'auth.password_common'],
      ['abcabcabcabcabcabc', 'auth.password_common'],
      ['aaaaaaaaaaaaaaaaaaaa', 'auth.password_common'],
      ['йцукенгшщзхъфыва', 'auth.password_common'],
      ['my ruqsat password 2025', 'auth.password_context'],
      ['sec.weak is my login ok', 'auth.password_context'],
    ];
    for (const [password, code] of refused) {
      const res = await putAccount('sec.weak', { role: 'head', providerId: flagProvider, password });
      expect(res.statusCode, password).toBe(422);
      expect(res.json(), password).toMatchObject({ code });
    }
    expect(await accounts()).toBe(before);
  });

  it('accepts long passphrases with spaces, any script, no composition rule', () => {
    for (const password of [
      PASSWORD,
      'бүгін күн ашық болады',
      'tomorrow-we-ride-at-dawn',
      '7 жасар ат 7 қадам жүрді',
      // 64 characters, the least the guidance says a verifier must accept.
      'the quick brown fox jumps over the lazy dog near the river bank!',
    ])
      expect(passwordProblem(password, 'sec.weak'), password).toBeNull();
  });

  it('tells what is wrong in kk, ru and en', async () => {
    const details = new Set<string>();
    for (const lang of ['kk', 'ru', 'en']) {
      const res = await s.app.inject({
        method: 'PUT',
        url: '/api/v1/admin/officials/sec.weak',
        headers: { ...admin.headers, 'accept-language': lang },
        payload: { name: 'x', role: 'head', providerId: flagProvider, password: 'short' },
      });
      details.add(res.json<{ detail: string }>().detail);
    }
    expect(details.size).toBe(3);
    expect([...details].every((d) => d.includes('15') && d.includes('128'))).toBe(true);
  });
});

describe('the last administrator', () => {
  it('cannot be demoted or disabled; with a second administrator either can be, but not both', async () => {
    const before = await accounts();
    const demote = await putAccount('admin', { role: 'head', providerId: flagProvider });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ code: 'admin.last_admin' });
    const disable = await setDisabled('admin', true);
    expect(disable.statusCode).toBe(409);
    expect(disable.json()).toMatchObject({ code: 'admin.last_admin' });
    expect(await accounts()).toBe(before);
    expect((await s.app.inject({ url: '/api/v1/admin/officials', headers: admin.headers })).statusCode).toBe(
      200,
    );

    // A second administrator (no provider) may log in; now the first may be disabled …
    expect((await putAccount('sec.admin', { role: 'admin' })).statusCode).toBe(200);
    const second = await login('sec.admin');
    expect((await setDisabled('admin', true, { authorization: `Bearer ${second}` })).statusCode).toBe(200);
    // … which ends its own session; the second is now the last and cannot disable itself.
    expect((await s.app.inject({ url: '/api/v1/admin/officials', headers: admin.headers })).statusCode).toBe(
      401,
    );
    const self = await setDisabled('sec.admin', true, { authorization: `Bearer ${second}` });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'admin.last_admin' });
  });

  it('two administrators disabling each other at once leave one active', async () => {
    const second = await login('sec.admin');
    expect((await setDisabled('admin', false, { authorization: `Bearer ${second}` })).statusCode).toBe(200);
    // Straight to the store, so that neither is stopped earlier by the other's session ending.
    const officials = s.platform.store.repos.officials;
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        officials.setDisabled('sec.admin', s.clock.now(), 'admin'),
        officials.setDisabled('admin', s.clock.now(), 'sec.admin'),
      ]);
      expect(results.map((r) => (r.done ? 'done' : r.reason)).sort()).toEqual(['done', 'last-admin']);
      expect(
        await sql(`SELECT login FROM officials WHERE role = 'admin' AND disabled_at IS NULL`),
      ).toHaveLength(1);
      await sql('UPDATE officials SET disabled_at = NULL WHERE role = $1', ['admin']);
    }
  });
});
