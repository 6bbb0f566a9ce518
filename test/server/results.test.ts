/**
 * Results: the signed PDF of an application's license (once issued) and its detached CMS, for
 * the applicant and the provider's officials; not before the document exists; 404 for others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDocument } from '../../src/documents/service.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  startServer,
  submittedFlag,
  type Auth,
  type TestServer,
} from './harness.ts';

let s: TestServer;
let issued: string;
let holder: Auth;
let holderId: string;

const documents = async () =>
  Number(
    (await pgStoreOf(s.platform.store).pool.query<{ n: string }>('SELECT count(*) AS n FROM documents'))
      .rows[0]?.n,
  );

beforeAll(async () => {
  s = await startServer();
  const entry = s.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
  const run = await runScenario(s.platform, s.clock, entry, 'issue', 'results-issue-1');
  if (!run.reached) throw new Error(JSON.stringify(run));
  issued = run.applicationId;
  const row = await s.platform.store.findApplication(issued);
  holderId = row?.applicantId ?? '';
  holder = await loginApplicant(s.app, holderId);
}, 120_000);
afterAll(() => s?.close());

describe('results', () => {
  it('gives the applicant the signed license and its CMS, the same bytes every time, verifiable', async () => {
    const pdf = await s.app.inject({
      url: `/api/v1/applications/${issued}/results/license`,
      headers: holder.headers,
    });
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await s.app.inject({
      url: `/api/v1/applications/${issued}/results/license`,
      headers: holder.headers,
    });
    expect(again.rawPayload.equals(pdf.rawPayload)).toBe(true);
    const sig = await s.app.inject({
      url: `/api/v1/applications/${issued}/results/license/signature`,
      headers: holder.headers,
    });
    expect(sig.statusCode).toBe(200);
    expect(sig.headers['content-type']).toBe('application/pkcs7-signature');
    expect(sig.headers['x-content-sha256']).toBe(pdf.headers['x-content-sha256']);
    const pki = s.platform.pki;
    if (pki === null) throw new Error('no PKI');
    const verified = await verifyDocument(s.platform.store, pdf.rawPayload, {
      trust: pki.trust,
      revocation: pki.ocsp,
      now: s.clock.now(),
    });
    expect(verified).toMatchObject({ valid: true });
  });

  it('two first downloads at once make one signed original, not two (documents_one_original)', async () => {
    // Each reading of the clock a second later: the two requests sign at different instants,
    // as two real requests would, so their PDFs (CreationDate, signingTime) differ.
    const clock = s.platform.clock;
    const now = clock.now.bind(clock);
    let tick = 0;
    clock.now = () => new Date(now().getTime() + 1000 * tick++);
    const before = await documents();
    try {
      const url = `/api/v1/applications/${issued}/results/license?docLang=ru`;
      const [a, b] = await Promise.all([
        s.app.inject({ url, headers: holder.headers }),
        s.app.inject({ url, headers: holder.headers }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      expect(a.headers['x-content-sha256']).toBe(b.headers['x-content-sha256']);
      expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    } finally {
      clock.now = now;
    }
    expect(tick).toBeGreaterThan(1);
    expect(await documents()).toBe(before + 1);
  });

  it("gives it to the provider's official too", async () => {
    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const pdf = await s.app.inject({
      url: `/api/v1/applications/${issued}/results/license?docLang=ru`,
      headers: official.headers,
    });
    expect(pdf.statusCode, pdf.body).toBe(200);
  });

  it('refuses a document that does not exist yet, and an unknown kind', async () => {
    const auth = await loginApplicant(s.app, alice);
    const pending = await submittedFlag(s.app, auth);
    const before = await documents();
    const res = await s.app.inject({
      url: `/api/v1/applications/${pending}/results/license`,
      headers: auth.headers,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'results.not_available' });
    const refusal = await s.app.inject({
      url: `/api/v1/applications/${issued}/results/refusal`,
      headers: holder.headers,
    });
    expect(refusal.json()).toMatchObject({ code: 'results.not_available' });
    const kind = await s.app.inject({
      url: `/api/v1/applications/${issued}/results/diploma`,
      headers: holder.headers,
    });
    expect(kind.json()).toMatchObject({ code: 'server.invalid_request' });
    expect(await documents()).toBe(before);
  });

  it('forbidden: another applicant 404, no session 401, nothing recorded', async () => {
    const other = await loginApplicant(s.app, holderId === bob ? alice : bob);
    const before = await documents();
    const snap = await snapshot(s.platform);
    for (const url of [
      `/api/v1/applications/${issued}/results/license`,
      `/api/v1/applications/${issued}/results/appendix/signature`,
    ]) {
      const res = await s.app.inject({ url, headers: other.headers });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'cases.not_found' });
      expect((await s.app.inject({ url })).statusCode).toBe(401);
    }
    expect(await documents()).toBe(before);
    expect(await snapshot(s.platform)).toBe(snap);
  });
});
