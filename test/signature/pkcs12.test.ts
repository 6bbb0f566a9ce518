import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, toPem } from '../../src/signature/certificate.ts';
import { pkcs12Certificates } from '../../src/signature/pkcs12.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import {
  keyFileFromPkcs12,
  pkcs12Of,
  signAttached,
  signDetached,
  signingKeyFromPem,
  signingKeyFromPkcs12,
  type SigningKey,
} from '../../src/signature/sign.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { NOW, TEST_IIN, fixture, type Fixture } from './fixtures.ts';

let f: Fixture;
let rsa: SigningKey;
let ec: SigningKey;

beforeAll(async () => {
  f = await fixture();
  rsa = await f.key({ iin: TEST_IIN });
  ec = await f.key({ iin: TEST_IIN, keyAlgorithm: 'ecdsa' });
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('PKCS#12', () => {
  it('round trip, RSA and EC, with the chain', () => {
    for (const k of [rsa, ec]) {
      const p12 = pkcs12Of(k, 'Qwerty12');
      const back = signingKeyFromPkcs12(p12, 'Qwerty12');
      expect(back.certificate.serial).toBe(k.certificate.serial);
      expect(back.chain).toHaveLength(1);
      expect(back.key.asymmetricKeyType).toBe(k.key.asymmetricKeyType);
      expect(pkcs12Certificates(p12).map((c) => parseCertificate(c).serial)).toContain(k.certificate.serial);
    }
  });

  it('a wrong password is signature.wrong_password; garbage is key_unreadable', () => {
    const p12 = pkcs12Of(rsa, 'right');
    expect(code(() => signingKeyFromPkcs12(p12, 'wrong'))).toBe('signature.wrong_password');
    expect(code(() => signingKeyFromPkcs12(new Uint8Array([1, 2, 3]), 'x'))).toBe('signature.key_unreadable');
  });

  it('PEM key and certificates sign as well', async () => {
    const key = signingKeyFromPem(
      rsa.key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      toPem(rsa.certificate.der, 'CERTIFICATE') + toPem(rsa.chain[0]?.der ?? new Uint8Array(), 'CERTIFICATE'),
    );
    const content = new Uint8Array(Buffer.from('result'));
    const r = await verifySignature(signDetached(content, key, NOW).der, {
      trust: f.trust,
      now: NOW,
      content,
      revocation: new OcspSimulator(),
    });
    expect(r.code).toBe('ok');
  });

  it.skipIf(!hasOpenssl)('reads files OpenSSL writes, including the legacy 3DES / SHA-1 MAC kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-p12-'));
    writeFileSync(join(dir, 'key.pem'), rsa.key.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'cert.pem'), toPem(rsa.certificate.der, 'CERTIFICATE'));
    for (const extra of [[], ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']]) {
      const out = join(dir, `o${extra.length}.p12`);
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        '-inkey',
        join(dir, 'key.pem'),
        '-in',
        join(dir, 'cert.pem'),
        '-out',
        out,
        '-passout',
        'pass:Qwerty12',
        ...extra,
      ]);
      const k = signingKeyFromPkcs12(new Uint8Array(readFileSync(out)), 'Qwerty12');
      expect(k.certificate.serial).toBe(rsa.certificate.serial);
    }
  });

  it.skipIf(!hasOpenssl)('OpenSSL reads the files Ruqsat writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-p12-'));
    const file = join(dir, 'a.p12');
    writeFileSync(file, pkcs12Of({ ...ec, chain: [] }, 'Qwerty12'));
    const out = execFileSync('openssl', [
      'pkcs12',
      '-in',
      file,
      '-passin',
      'pass:Qwerty12',
      '-nokeys',
    ]).toString();
    expect(out).toContain('BEGIN CERTIFICATE');
  });
});

/** The NCA's own key files (test/fixtures/nca, passwords from ../shared/nca-test/README.md): key under 3DES, certificates under RC2-40. */
// Copied from ../shared/nca-test (real NCA test material, NCANode's MIT-licensed test resources).
const NCA = join(import.meta.dirname, '../fixtures/nca');
const ncaKeys = [
  { file: 'key_individual_valid_sign_2004.p12', password: 'Qwerty12', algorithm: 'rsa' },
  { file: 'key_individual_sign_revoked_2004.p12', password: 'Qwerty12', algorithm: 'rsa' },
  { file: 'key_individual_auth_revoked_2004.p12', password: 'Qwerty12', algorithm: 'rsa' },
  { file: 'key_ceo_sign_revoked_2004.p12', password: 'Qwerty12', algorithm: '1.2.398.3.10.1.1.1.1' },
  { file: 'key_individual_valid_2015.p12', password: 'Aa123456', algorithm: '1.2.398.3.10.1.1.2.2' },
  { file: 'key_ceo_revoked_2015.p12', password: 'Aa123456', algorithm: '1.2.398.3.10.1.1.2.2' },
] as const;
const ncaKey = (file: string) => new Uint8Array(readFileSync(join(NCA, 'keys', file)));

describe('the NCA key files', () => {
  for (const { file, password, algorithm } of ncaKeys)
    it(`${file} opens with its password, not with another`, () => {
      const opened = keyFileFromPkcs12(ncaKey(file), password);
      const cert = parseCertificate(opened.certificate);
      expect(cert.subject).toContain('123456789');
      if (algorithm === 'rsa') {
        expect(opened.key.algorithm).toBe('1.2.840.113549.1.1.1');
        const key = signingKeyFromPkcs12(ncaKey(file), password);
        expect(key.key.asymmetricKeyType).toBe('rsa');
        expect(key.certificate.serial).toBe(cert.serial);
      } else {
        // GOST: the container opens and hands over the PKCS#8 key; node:crypto cannot sign with it.
        expect(opened.key.algorithm).toBe(algorithm);
        expect(opened.key.parameters?.startsWith(`${algorithm}.`)).toBe(true);
        expect(code(() => signingKeyFromPkcs12(ncaKey(file), password))).toBe(
          'signature.unsupported_algorithm',
        );
      }
      expect(code(() => keyFileFromPkcs12(ncaKey(file), `${password}x`))).toBe('signature.wrong_password');
    });

  it.skipIf(!hasOpenssl)('a CMS signed with the NCA RSA key verifies with openssl cms -verify', () => {
    const key = signingKeyFromPkcs12(ncaKey('key_individual_valid_sign_2004.p12'), 'Qwerty12');
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-nca-cms-'));
    const content = new Uint8Array(Buffer.from('test123'));
    // A day into the certificate's validity: openssl checks the chain as of -attime.
    const signedAt = new Date(Date.parse(key.certificate.x509.validFrom) + 86_400_000);
    writeFileSync(join(dir, 'content.txt'), content);
    writeFileSync(join(dir, 'detached.cms'), signDetached(content, key, signedAt).der);
    writeFileSync(join(dir, 'attached.cms'), signAttached(content, key, signedAt).der);
    const verify = (...args: string[]) =>
      execFileSync('openssl', [
        'cms',
        '-verify',
        '-inform',
        'DER',
        '-binary',
        '-CAfile',
        join(NCA, 'ca/nca_rsa_test.crt'),
        '-purpose',
        'any',
        '-partial_chain',
        '-attime',
        String(signedAt.getTime() / 1000),
        ...args,
      ]);
    verify(
      '-in',
      join(dir, 'detached.cms'),
      '-content',
      join(dir, 'content.txt'),
      '-out',
      join(dir, 'd.out'),
    );
    verify('-in', join(dir, 'attached.cms'), '-out', join(dir, 'a.out'));
    expect(readFileSync(join(dir, 'a.out')).toString()).toBe('test123');
  });
});
