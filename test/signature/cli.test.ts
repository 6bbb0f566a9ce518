import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const runner = new URL('./run-cli.ts', import.meta.url).pathname;
const ruqsat = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', runner, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

const dir = mkdtempSync(join(tmpdir(), 'ruqsat-pki-'));
const pki = join(dir, 'pki');
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  expect((await ruqsat('pki', 'init', '--dir', pki)).code).toBe(0);
  writeFileSync(file('app.json'), '{"service":"S-003-01"}');
}, 60_000);

describe('ruqsat pki / signature', () => {
  it('init twice is refused with a message', async () => {
    const r = await ruqsat('pki', 'init', '--dir', pki);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds a test PKI/);
  });

  it('issue, sign, verify --json (detached, base64), then revoke', async () => {
    expect(
      (
        await ruqsat(
          'pki',
          'issue',
          '--iin',
          '123456789011',
          '--bin',
          '040840000014',
          '--role',
          'official',
          '--out',
          file('o.p12'),
          '--dir',
          pki,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await ruqsat(
          'signature',
          'sign',
          file('app.json'),
          '--key',
          file('o.p12'),
          '--out',
          file('app.sig'),
          '--base64',
        )
      ).code,
    ).toBe(0);
    const ok = await ruqsat(
      'signature',
      'verify',
      file('app.sig'),
      '--content',
      file('app.json'),
      '--expect-iin',
      '123456789011',
      '--pki-dir',
      pki,
      '--json',
    );
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout);
    expect(result).toMatchObject({
      valid: true,
      code: 'ok',
      signer: { iin: '123456789011', bin: '040840000014', role: 'right-to-sign' },
    });
    expect(typeof result.signedAt).toBe('string');

    const wrong = await ruqsat(
      'signature',
      'verify',
      file('app.sig'),
      '--content',
      file('app.json'),
      '--expect-bin',
      '990340000012',
      '--pki-dir',
      pki,
      '--json',
    );
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout).code).toBe('signature.bin_mismatch');

    expect((await ruqsat('pki', 'revoke', file('o.p12'), '--dir', pki)).stdout).toMatch(/^revoked /);
    const revoked = await ruqsat(
      'signature',
      'verify',
      file('app.sig'),
      '--content',
      file('app.json'),
      '--pki-dir',
      pki,
      '--json',
    );
    expect(revoked.code).toBe(1);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ valid: false, code: 'signature.revoked_ocsp' });
  }, 60_000);

  it('attached DER and a human-readable failure', async () => {
    await ruqsat(
      'pki',
      'issue',
      '--iin',
      '123456789011',
      '--out',
      file('i.p12'),
      '--dir',
      pki,
      '--key',
      'ecdsa',
    );
    await ruqsat(
      'signature',
      'sign',
      file('app.json'),
      '--key',
      file('i.p12'),
      '--out',
      file('att.p7s'),
      '--attached',
    );
    expect((await ruqsat('signature', 'verify', file('att.p7s'), '--pki-dir', pki)).stdout).toMatch(
      /^valid: /,
    );
    writeFileSync(file('other.json'), '{"service":"other"}');
    const r = await ruqsat(
      'signature',
      'verify',
      file('att.p7s'),
      '--content',
      file('other.json'),
      '--pki-dir',
      pki,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/signature.content_substituted — What was signed is not the application/);
  }, 60_000);

  it('a wrong password and an unknown PKI folder get their messages', async () => {
    const r = await ruqsat(
      'signature',
      'sign',
      file('app.json'),
      '--key',
      file('i.p12'),
      '--password',
      'nope',
      '--out',
      file('x'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Wrong key password/);
    const missing = await ruqsat(
      'pki',
      'issue',
      '--iin',
      '123456789011',
      '--out',
      file('z.p12'),
      '--dir',
      join(dir, 'none'),
    );
    expect(missing.stderr).toMatch(/No test PKI in/);
  }, 60_000);
});

describe('ruqsat signature verify on the national CA files', () => {
  const nca = (path: string) => new URL(`../fixtures/nca/${path}`, import.meta.url).pathname;
  const verify = (...args: string[]) =>
    ruqsat(
      'signature',
      'verify',
      nca('cms/gost2015-and-rsa-detached.cms'),
      '--content',
      nca('cms/content.txt'),
      '--test-mode',
      '--json',
      ...args,
    );

  it('--trust-anchor takes DER and PEM; --at verifies as of the signing day; each signer is judged', async () => {
    const r = await verify(
      '--trust-anchor',
      nca('ca/nca_gost2015_test.cer'), // DER
      nca('ca/nca_rsa_test.crt'), // PEM
      '--at',
      '2022-09-28T00:00:00Z',
      '--crl',
      nca('crl/nca_gost2022_test.crl'),
    );
    const out = JSON.parse(r.stdout);
    // The GOST 34.10-2015 signer (first) verifies; Kalkan's test made the RSA co-signature
    // with a key that had expired in January 2022.
    expect(out.code).toBe('signature.cert_expired');
    expect(out.message).toMatch(/IIN123456789011.* expired 2022-01-18/);
    expect(r.code).toBe(1);
  }, 60_000);

  it('without the RSA anchor the co-signer has no trusted chain; a bad --at is a usage error', async () => {
    const r = await verify('--trust-anchor', nca('ca/nca_gost2015_test.cer'), '--at', '2022-09-28T00:00:00Z');
    expect(JSON.parse(r.stdout).code).toBe('signature.untrusted_chain');
    const bad = await verify('--trust-anchor', nca('ca/nca_gost2015_test.cer'), '--at', 'yesterday');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--at yesterday/);
  }, 60_000);
});
