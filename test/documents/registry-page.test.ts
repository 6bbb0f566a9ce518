/**
 * The registry page of a permit (`/p/:number`, `GET /api/v1/public/permits/:number`) lists its
 * signed documents with the signer, the signing time and whether the signature verifies now:
 * the PDF is rendered again, must have the recorded hash, and the stored CMS is verified over it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/demo/scenario.ts';
import { randomUUID } from 'node:crypto';
import { documentContent } from '../../src/documents/content.ts';
import { documentParties, storePartySources } from '../../src/documents/parties.ts';
import { renderPdf } from '../../src/documents/pdf.ts';
import { issueDocument, sha256Hex, type SignedDocumentView } from '../../src/documents/service.ts';
import { signResult } from '../../src/signature/signer.ts';
import { DEMO_PROVIDER_BIN } from '../../src/signature/service.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { FLAG, startServer, type TestServer } from '../server/harness.ts';

let s: TestServer;
let permitNumber: string;
let applicationId: string;

interface Page {
  number: string;
  documents: SignedDocumentView[];
}

const issue = async (kind: 'license' | 'appendix', publicBaseUrl = 'http://localhost:3000') => {
  const pki = s.platform.pki;
  if (pki === null) throw new Error('no PKI');
  const key = await pki.keyFor({ iin: '750101300012', bin: DEMO_PROVIDER_BIN, role: 'official' });
  return issueDocument({
    store: s.platform.store,
    catalog: s.platform.catalog,
    applicationId,
    kind,
    lang: 'kk',
    key,
    now: s.clock.now(),
    links: { publicBaseUrl },
    parties: storePartySources(s.platform.store, s.platform.simulators.stateDatabases),
    tsa: s.platform.tsa,
  });
};

beforeAll(async () => {
  s = await startServer({ rateLimitMax: 1000 });
  const entry = s.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
  const result = await runScenario(s.platform, s.clock, entry, 'issue', 'registry-page-1');
  if (!result.reached) throw new Error(`no permit: ${JSON.stringify(result)}`);
  const state = await s.platform.engine.get('registry-page-1');
  permitNumber = state.issued?.permitNumber ?? '';
  applicationId = state.id;
  // The deciding official's account (the scenario's actor has none): their position is printed.
  await s.platform.store.repos.officials.put({
    login: state.decision?.by ?? 'demo-head',
    name: 'Ахметова Айгүл',
    role: 'head',
    providerId: state.providerId,
    passwordHash: 'scrypt$not-a-usable-hash',
    unitId: null,
  });
}, 120_000);
afterAll(() => s?.close());

describe('registry page: who signed and when', () => {
  it('shows no documents for a permit none was signed for', async () => {
    const res = await s.app.inject(`/p/${permitNumber}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<Page>().documents).toEqual([]);
  });

  it('lists the signed license with its signer (name and position, no IIN) and TSA time, verified now, on both routes', async () => {
    const { record } = await issue('license');
    const page = (await s.app.inject(`/p/${permitNumber}`)).json<Page>();
    // The demo key's certificate: CN "ТЕСТОВ ТЕСТ"; the deciding official's position from their account.
    expect(record.signer.name).toBe('ТЕСТОВ ТЕСТ');
    expect(record.signer.position).toBe('Басшы'); // the account's role 'head' in Kazakh
    expect(record.layout).toBe(3);
    const genTime = new Date(Math.floor(new Date(record.signedAt).getTime() / 1000) * 1000).toISOString();
    expect(page.documents).toEqual([
      {
        kind: 'license',
        lang: 'kk',
        sha256: record.sha256,
        signer: 'ТЕСТОВ ТЕСТ, Басшы',
        signedAt: genTime, // the simulator TSA's time, to the second
        timeStamp: { genTime, tsa: expect.stringContaining('RUQSAT TSA') as unknown },
        verification: expect.objectContaining({ valid: true, status: 'valid', code: 'ok' }) as unknown,
      },
    ]);
    expect(page.documents[0]?.signer).not.toContain('IIN');
    const api = (await s.app.inject(`/api/v1/public/permits/${permitNumber}`)).json<Page>();
    expect(api).toEqual(page);
  });

  it('a document signed with layout 1 (the subject at the foot) still re-renders and verifies; the public sees its CN only', async () => {
    s.clock.advanceMinutes(1);
    const pki = s.platform.pki;
    if (pki === null) throw new Error('no PKI');
    const key = await pki.keyFor({ iin: '750101300012', bin: DEMO_PROVIDER_BIN, role: 'official' });
    const state = await s.platform.engine.get(applicationId);
    const parties = await documentParties(
      storePartySources(s.platform.store, s.platform.simulators.stateDatabases),
      state,
    );
    const entry = s.platform.catalog
      .versions(state.serviceId)
      .find((e) => e.service.version === state.serviceVersion);
    const built = documentContent(
      state,
      entry?.service ?? expect.fail('no service'),
      'appendix',
      'ru',
      { publicBaseUrl: 'http://localhost:3000' },
      parties,
      1,
    );
    if (!built.ok) throw new Error(built.reason);
    const now = s.clock.now();
    // What issueDocument wrote before migration 0014: the raw subject printed, no layout, no content hash.
    const pdf = await renderPdf(built.content, { now, signedBy: key.certificate.subject, layout: 1 });
    const old = {
      id: randomUUID(),
      applicationId,
      kind: 'appendix' as const,
      lang: 'ru' as const,
      sha256: sha256Hex(pdf),
      cms: (await signResult(pdf, key, now)).base64,
      signer: { subject: key.certificate.subject, iin: key.certificate.iin, bin: key.certificate.bin },
      permitNumber,
      signedAt: now.toISOString(),
      layout: 1 as const,
      contentSha256: null,
    };
    await s.platform.store.repos.documents.insert(old);
    const page = (await s.app.inject(`/p/${permitNumber}`)).json<Page>();
    const shown = page.documents.find((d) => d.sha256 === old.sha256);
    expect(shown?.verification).toMatchObject({ valid: true, code: 'ok' });
    expect(shown?.signer).toBe('ТЕСТОВ ТЕСТ');
    expect(key.certificate.subject).toContain('IIN750101300012'); // printed on that PDF, not on the page
  });

  it('also reproduces a PDF whose link is the address the request came to', async () => {
    s.clock.advanceMinutes(1);
    const { record } = await issue('appendix', 'http://localhost:80');
    const page = (await s.app.inject(`/p/${permitNumber}`)).json<Page>();
    expect(page.documents.find((d) => d.sha256 === record.sha256)?.verification.valid).toBe(true);
  });

  it('says "not valid" when the stored signature is not over that PDF', async () => {
    s.clock.advanceMinutes(1);
    const a = await issue('license');
    s.clock.advanceMinutes(1);
    const b = await issue('license', 'http://localhost:80'); // other content: a second original
    await pgStoreOf(s.platform.store).pool.query('UPDATE documents SET cms = $1 WHERE id = $2', [
      a.record.cms,
      b.record.id,
    ]);
    const page = (await s.app.inject(`/p/${permitNumber}`)).json<Page>();
    const tampered = page.documents.find((d) => d.sha256 === b.record.sha256);
    expect(tampered?.verification).toMatchObject({ valid: false, code: 'signature.content_mismatch' });
    expect(page.documents.find((d) => d.sha256 === a.record.sha256)?.verification.valid).toBe(true);
  });

  it('does not call a document valid when its PDF cannot be reproduced', async () => {
    s.clock.advanceMinutes(1);
    const { record } = await issue('license', 'https://elsewhere.example');
    const page = (await s.app.inject(`/p/${permitNumber}`)).json<Page>();
    expect(page.documents.find((d) => d.sha256 === record.sha256)?.verification).toMatchObject({
      valid: false,
      status: 'indeterminate',
      code: 'document.not_reproducible',
    });
  });
});
