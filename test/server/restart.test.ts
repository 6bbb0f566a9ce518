/**
 * Issue 14's done-when: a licence issued before a restart still verifies after it. The server
 * keeps its test PKI in the data folder (`<dataDir>/pki`, created on the first start), so the
 * second start on the same folder trusts what the first one signed; with the PKI in memory the
 * second start had a new CA and the public page said `signature.untrusted_chain`.
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import type { SignedDocumentView } from '../../src/documents/service.ts';
import { FLAG, loginApplicant, startServer, type TestServer } from './harness.ts';

let root: string;
let permitNumber = '';
let caBefore = '';
const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));

const publicPage = async (s: TestServer) => {
  const res = await s.app.inject(`/p/${permitNumber}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ documents: SignedDocumentView[] }>().documents;
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ruqsat-restart-'));
  // As root the embedded server runs as "nobody", which must be able to enter the folder.
  await chmod(root, 0o755);
}, 30_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a restart on the same data folder', () => {
  it('the licence signed before it still verifies on the public page after it', async () => {
    const first = await startServer({ dataDir: root, clock });
    try {
      const entry = first.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
      const run = await runScenario(first.platform, clock, entry, 'issue', 'restart-issue-1');
      expect(run.reached, JSON.stringify(run)).toBe(true);
      const state = await first.platform.engine.get('restart-issue-1');
      permitNumber = state.issued?.permitNumber ?? '';
      // The holder downloads the licence: the first download signs it with the official's key.
      const holder = await loginApplicant(first.app, state.applicant.id);
      const pdf = await first.app.inject({
        url: `/api/v1/applications/${state.id}/results/license`,
        headers: holder.headers,
      });
      expect(pdf.statusCode, pdf.body).toBe(200);
      const before = await publicPage(first);
      expect(before).toHaveLength(1);
      expect(before[0]?.verification).toMatchObject({ valid: true, code: 'ok' });
      caBefore = await readFile(join(root, 'pki', 'ca.cert.pem'), 'utf8');
    } finally {
      await first.close();
    }

    clock.advanceMinutes(60);
    const second = await startServer({ dataDir: root, clock });
    try {
      // The same CA, read back from the folder, not a new one.
      expect(await readFile(join(root, 'pki', 'ca.cert.pem'), 'utf8')).toBe(caBefore);
      const after = await publicPage(second);
      expect(after).toHaveLength(1);
      expect(after[0]?.verification).toMatchObject({ valid: true, status: 'valid', code: 'ok' });
    } finally {
      await second.close();
    }
  }, 180_000);
});
