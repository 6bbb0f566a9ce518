import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPem } from '../../src/signature/certificate.ts';
import { pkcs12Certificates, readPkcs12, writePkcs12 } from '../../src/signature/pkcs12.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import {
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
      const p12 = writePkcs12(
        k.key,
        k.certificate.der,
        k.chain.map((c) => c.der),
        'Qwerty12',
      );
      const back = readPkcs12(p12, 'Qwerty12');
      expect(back.certificate.serial).toBe(k.certificate.serial);
      expect(back.chain).toHaveLength(1);
      expect(back.key.asymmetricKeyType).toBe(k.key.asymmetricKeyType);
      expect(pkcs12Certificates(p12).map((c) => c.serial)).toContain(k.certificate.serial);
    }
  });

  it('a wrong password is signature.wrong_password; garbage is key_unreadable', () => {
    const p12 = writePkcs12(rsa.key, rsa.certificate.der, [], 'right');
    expect(code(() => readPkcs12(p12, 'wrong'))).toBe('signature.wrong_password');
    expect(code(() => readPkcs12(new Uint8Array([1, 2, 3]), 'x'))).toBe('signature.key_unreadable');
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
    writeFileSync(file, writePkcs12(ec.key, ec.certificate.der, [], 'Qwerty12'));
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
