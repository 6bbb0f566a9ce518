/**
 * The README's API client (curl, jq, OpenSSL; no Ruqsat code, no demo-sign) run as written
 * against a listening server on a fresh data folder: keys issued by `ruqsat pki issue --dir
 * <DATA_DIR>/pki` while the server runs are trusted by it, for login (AUTH key) and for the
 * application (SIGN key). Then `ruqsat pki revoke` in that folder reaches the running server.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { applicationContent } from '../../src/cases/eds.ts';
import { demoPeople } from '../../src/integrations/index.ts';
import { issueToFile, revokeInPki } from '../../src/signature/pki-files.ts';
import { signDetached, signingKeyFromPkcs12 } from '../../src/signature/sign.ts';
import { FLAG, loginApplicant, startServer, type TestServer } from './harness.ts';

const run = promisify(execFile);
let root: string;
let s: TestServer;
let api = '';

/** The sh block after `<!-- api-client-example -->` in README.md. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const after = readme.split('<!-- api-client-example -->')[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(after)?.[1];
  if (block === undefined) throw new Error('README.md has no api-client-example block');
  return block;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ruqsat-client-'));
  await chmod(root, 0o755);
  // The client signs with the real time (OpenSSL's signingTime, the key's validity from now).
  s = await startServer({ dataDir: root, clock: new SimulatedClock(new Date()) });
  api = `${await s.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;
}, 60_000);
afterAll(async () => {
  await s?.close();
  await rm(root, { recursive: true, force: true });
});

describe('README: an API client signs its own application', () => {
  it('logs in with its AUTH key and submits the application signed with its SIGN key', async () => {
    const { stdout, stderr } = await run('bash', ['-euo', 'pipefail', '-c', await readmeExample()], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, API: api, DATA: root },
      timeout: 120_000,
    });
    const lines = stdout.trim().split('\n');
    expect(JSON.parse(lines.at(-1) ?? '{}'), stderr).toMatchObject({
      status: 'registered',
      events: expect.arrayContaining(['submitted']) as unknown,
    });
    const applications = await s.platform.store.listApplications();
    expect(applications.map((a) => a.applicantId)).toEqual([demoPeople[0]?.iin]);
  }, 150_000);

  it('a key revoked in the folder is refused by the running server at its next check', async () => {
    const iin = demoPeople[1]?.iin ?? '';
    const p12 = join(root, 'second.p12');
    await issueToFile(join(root, 'pki'), { iin }, p12, 'Qwerty12', s.clock.now());
    const key = signingKeyFromPkcs12(await readFile(p12), 'Qwerty12');
    const auth = await loginApplicant(s.app, iin);
    const apply = async () => {
      const created = await s.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: auth.headers,
        payload: { serviceId: FLAG, caseId: 'issue' },
      });
      const id = created.json<{ applicationId: string }>().applicationId;
      const state = await s.platform.engine.get(id);
      return s.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/submit`,
        headers: auth.headers,
        payload: { signature: signDetached(applicationContent(state), key, s.clock.now()).base64 },
      });
    };
    expect((await apply()).statusCode).toBe(200);
    await revokeInPki(join(root, 'pki'), { p12: new Uint8Array(await readFile(p12)) }, s.clock.now());
    const refused = await apply();
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('cases.signature_invalid');
    expect(problem.detail).toContain('signature.revoked_ocsp');
  });
});
