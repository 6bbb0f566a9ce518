/**
 * Attacks on an employee's powers (representatives.ts, results-routes.ts): a session opened
 * with `act-for` outliving the powers it was opened with, and results downloaded without the
 * power to receive them. Each is refused and changes nothing in the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/demo/scenario.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  bob,
  loginApplicant,
  snapshot,
  startServer,
  submittedFlag,
  type Auth,
  type TestServer,
} from '../server/harness.ts';

let s: TestServer;
/** The organisation holding an issued license (the scenario's applicant), and its head's session. */
let bin: string;
let org: Auth;
let licensed: string;
/** A submitted application of the organisation: something to withdraw and complain about. */
let pending: string;

const sql = async (text: string, values: unknown[] = []) =>
  (await pgStoreOf(s.platform.store).pool.query(text, values)).rows;
/** Every row an attack could change: applications and events, complaints, documents, powers, reads. */
const storeState = async () =>
  JSON.stringify([
    await snapshot(s.platform),
    await sql('SELECT count(*)::int AS n FROM complaints'),
    await sql('SELECT count(*)::int AS n FROM documents'),
    await sql('SELECT bin, iin, powers FROM representatives ORDER BY bin, iin'),
  ]);

beforeAll(async () => {
  s = await startServer();
  const entry = s.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
  const run = await runScenario(s.platform, s.clock, entry, 'issue', 'rights-license-1');
  if (!run.reached) throw new Error(JSON.stringify(run));
  licensed = run.applicationId;
  bin = (await s.platform.store.findApplication(licensed))?.applicantId ?? '';
  org = await loginApplicant(s.app, bin);
  pending = await submittedFlag(s.app, org);
}, 120_000);
afterAll(() => s?.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function grant(powers: string[] | null): Promise<void> {
  const res = await s.app.inject({
    method: powers === null ? 'DELETE' : 'PUT',
    url: `/api/v1/organisation/representatives/${bob}`,
    headers: org.headers,
    ...(powers === null ? {} : { payload: { powers } }),
  });
  expect(res.statusCode, res.body).toBe(powers === null ? 204 : 200);
}

/** Bob, logged in as himself, starts acting for the organisation: the new session's token. */
async function actFor(): Promise<string> {
  const me = await loginApplicant(s.app, bob);
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/v1/auth/act-for',
    headers: me.headers,
    payload: { bin },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ token: string }>().token;
}

/** What the attacker did with the old token: read, download, withdraw, complain. */
const attacks = (token: string) =>
  [
    { method: 'GET' as const, url: '/api/v1/applications' },
    { method: 'GET' as const, url: `/api/v1/applications/${licensed}` },
    { method: 'GET' as const, url: `/api/v1/applications/${licensed}/results/license` },
    { method: 'GET' as const, url: `/api/v1/applications/${licensed}/results/license/signature` },
    { method: 'POST' as const, url: `/api/v1/applications/${pending}/withdraw`, payload: { reason: 'x' } },
    {
      method: 'POST' as const,
      url: `/api/v1/applications/${pending}/complaints`,
      payload: { subject: 'action', learnedOn: '2025-04-14', text: 'шағым' },
    },
  ].map((a) => ({ ...a, headers: bearer(token) }));

async function expectAllRefused(token: string, status: number, code: string): Promise<void> {
  const before = await storeState();
  for (const attack of attacks(token)) {
    const res = await s.app.inject(attack);
    expect(res.statusCode, `${attack.method} ${attack.url}`).toBe(status);
    expect(res.json(), `${attack.method} ${attack.url}`).toMatchObject({ code });
  }
  expect(await storeState()).toBe(before);
}

describe('withdrawn powers end the sessions opened with act-for', () => {
  it('the old token can read, download and act until the organisation withdraws the powers, then nothing', async () => {
    await grant(['apply', 'receive-results']);
    const token = await actFor();
    const list = await s.app.inject({ url: '/api/v1/applications', headers: bearer(token) });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ id: string }[]>().map((a) => a.id)).toContain(licensed);
    const pdf = await s.app.inject({
      url: `/api/v1/applications/${licensed}/results/license`,
      headers: bearer(token),
    });
    expect(pdf.statusCode, pdf.body).toBe(200);

    await grant(null);
    await expectAllRefused(token, 401, 'auth.required');
    // Ended, not only refused: the row is gone.
    expect(await sql(`SELECT 1 FROM sessions WHERE principal->'representative'->>'iin' = $1`, [bob])).toEqual(
      [],
    );
  });

  it('narrowing the powers ends a session that carries more than is left', async () => {
    await grant(['apply', 'receive-results']);
    const token = await actFor();
    await grant(['apply']);
    await expectAllRefused(token, 401, 'auth.required');
    // Widening does not: a session with "apply" stays valid when "pay" is added.
    const narrow = await actFor();
    await grant(['apply', 'pay']);
    expect((await s.app.inject({ url: '/api/v1/applications', headers: bearer(narrow) })).statusCode).toBe(
      200,
    );
  });

  it('a withdrawal that bypasses the API (or races the act-for) still ends the session on its next request', async () => {
    await grant(['apply', 'receive-results']);
    const token = await actFor();
    await sql('DELETE FROM representatives WHERE bin = $1 AND iin = $2', [bin, bob]);
    await expectAllRefused(token, 401, 'auth.required');
  });
});

describe('results need the power "receive-results"', () => {
  it('an employee with "apply" only cannot download the license or its signature; with the power, can', async () => {
    await grant(['apply']);
    const token = await actFor();
    const before = await storeState();
    for (const url of [
      `/api/v1/applications/${licensed}/results/license`,
      `/api/v1/applications/${licensed}/results/license/signature`,
      `/api/v1/applications/${licensed}/results/license?docLang=ru`,
    ]) {
      const res = await s.app.inject({ url, headers: bearer(token) });
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({ code: 'signature.power_missing' });
    }
    expect(await storeState()).toBe(before);

    await grant(['apply', 'receive-results']);
    const allowed = await actFor();
    const pdf = await s.app.inject({
      url: `/api/v1/applications/${licensed}/results/license`,
      headers: bearer(allowed),
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the organisation itself (its head) needs no recorded power', async () => {
    const res = await s.app.inject({
      url: `/api/v1/applications/${licensed}/results/license`,
      headers: org.headers,
    });
    expect(res.statusCode).toBe(200);
  });
});
