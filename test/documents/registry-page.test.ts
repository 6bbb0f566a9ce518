/**
 * The registry page of a permit (`/p/:number`, `GET /api/v1/public/permits/:number`) lists its
 * signed documents with the signer, the signing time and whether the signature verifies now:
 * the PDF is rendered again, must have the recorded hash, and the stored CMS is verified over it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/demo/scenario.ts';
import { storePartySources } from '../../src/documents/parties.ts';
import { issueDocument, type SignedDocumentView } from '../../src/documents/service.ts';
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
}, 120_000);
afterAll(() => s?.close());

describe('registry page: who signed and when', () => {
  it('shows no documents for a permit none was signed for', async () => {
    const res = await s.app.inject(`/p/${permitNumber}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<Page>().documents).toEqual([]);
  });

  it('lists the signed license with its signer and time, verified now, on both routes', async () => {
    const { record } = await issue('license');
    const page = (await s.app.inject(`/p/${permitNumber}`)).json<Page>();
    expect(page.documents).toEqual([
      {
        kind: 'license',
        lang: 'kk',
        sha256: record.sha256,
        signer: record.signer.subject,
        signedAt: record.signedAt,
        verification: expect.objectContaining({ valid: true, status: 'valid', code: 'ok' }) as unknown,
      },
    ]);
    expect(page.documents[0]?.signer).toContain('IIN750101300012');
    const api = (await s.app.inject(`/api/v1/public/permits/${permitNumber}`)).json<Page>();
    expect(api).toEqual(page);
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
    const b = await issue('license');
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
