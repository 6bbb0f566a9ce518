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
