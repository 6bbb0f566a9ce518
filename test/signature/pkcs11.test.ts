/**
 * Officials' keys on a PKCS#11 token, tested with SoftHSM2 (Debian package `softhsm2`): the
 * test makes its own token in a temporary folder (SOFTHSM2_CONF), imports an official's RSA key
 * and another's EC key with `softhsm2-util --import`, puts their certificates and the CA's on
 * the token, and signs a result through `openPkcs11Keys`; OpenSSL's `cms -verify` and Ruqsat's
 * verifier accept the signatures. Skipped, saying why, where SoftHSM2 or pkcs11js is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Pkcs11Js from 'pkcs11js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { parseCertificate } from '../../src/signature/certificate.ts';
import { ecdsaDer, openPkcs11Keys, type Pkcs11Keys } from '../../src/signature/pkcs11.ts';
import type { SigningKey } from '../../src/signature/sign.ts';
import { signResult } from '../../src/signature/signer.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { NOW, VALID_IIN, BIN, fixture, type Fixture } from './fixtures.ts';

const MODULE = '/usr/lib/softhsm/libsofthsm2.so';
const LABEL = 'ruqsat-officials';
const PIN = '246810';

function missing(): string | null {
  if (!existsSync(MODULE) || spawnSync('softhsm2-util', ['--version']).status !== 0)
    return 'softhsm2 is not installed (apt-get install softhsm2)';
  try {
    createRequire(import.meta.url)('pkcs11js');
  } catch {
    return 'the optional package pkcs11js did not build (npm install needs a C++ compiler)';
  }
  return null;
}
const why = missing();
if (why !== null) console.warn(`PKCS#11 tests skipped: ${why}`);

describe.skipIf(why !== null)(
  `officials’ keys on a PKCS#11 token (SoftHSM2)${why ? `: skipped, ${why}` : ''}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-hsm-'));
    const content = new TextEncoder().encode('{"decision":"approved","permitNumber":"KZ12VEK00000001"}');
    let f: Fixture;
    let rsa: SigningKey;
    let ec: SigningKey;
    let token: Pkcs11Keys;

    /** Certificates go on the token as an operator's `pkcs11-tool --write-object … --type cert` puts them. */
    const writeCertificates = (certs: { der: Uint8Array; label: string; id?: Buffer }[]) => {
      const p = createRequire(import.meta.url)('pkcs11js') as typeof Pkcs11Js;
      const lib = new p.PKCS11();
      lib.load(MODULE);
      lib.C_Initialize();
      try {
        const slot = lib.C_GetSlotList(true).find((s) => lib.C_GetTokenInfo(s).label.trim() === LABEL);
        if (slot === undefined) throw new Error('token not found');
        const session = lib.C_OpenSession(slot, p.CKF_SERIAL_SESSION | p.CKF_RW_SESSION);
        lib.C_Login(session, p.CKU_USER, PIN);
        for (const c of certs)
          lib.C_CreateObject(session, [
            { type: p.CKA_CLASS, value: p.CKO_CERTIFICATE },
            { type: p.CKA_CERTIFICATE_TYPE, value: p.CKC_X_509 },
            { type: p.CKA_TOKEN, value: true },
            { type: p.CKA_LABEL, value: c.label },
            ...(c.id === undefined ? [] : [{ type: p.CKA_ID, value: c.id }]),
            { type: p.CKA_SUBJECT, value: Buffer.from(parseCertificate(c.der).subjectDer) },
            { type: p.CKA_VALUE, value: Buffer.from(c.der) },
          ]);
        lib.C_Logout(session);
      } finally {
        lib.C_Finalize();
      }
    };

    beforeAll(async () => {
      mkdirSync(join(dir, 'tokens'));
      writeFileSync(
        join(dir, 'softhsm2.conf'),
        `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
      );
      process.env['SOFTHSM2_CONF'] = join(dir, 'softhsm2.conf'); // read by SoftHSM at C_Initialize
      const util = (...args: string[]) => execFileSync('softhsm2-util', args, { stdio: 'pipe' });
      util('--init-token', '--free', '--label', LABEL, '--so-pin', '13579', '--pin', PIN);
      f = await fixture();
      rsa = await f.key({ iin: VALID_IIN, bin: BIN, role: 'official', surname: 'АХМЕТОВА' });
      ec = await f.key({ iin: VALID_IIN, bin: BIN, role: 'official', keyAlgorithm: 'ecdsa' });
      for (const [label, id, key] of [
        ['head-1', '01', rsa],
        ['clerk-2', '02', ec],
      ] as const) {
        const pem = join(dir, `${label}.pem`);
        writeFileSync(pem, key.key.export({ type: 'pkcs8', format: 'pem' }));
        util('--import', pem, '--token', LABEL, '--label', label, '--id', id, '--pin', PIN);
        rmSync(pem); // the key lives on the token only
      }
      writeCertificates([
        { der: rsa.certificate.der, label: 'head-1', id: Buffer.from([1]) },
        { der: ec.certificate.der, label: 'clerk-2', id: Buffer.from([2]) },
        { der: f.pki.ca.certificate, label: 'issuing CA' },
      ]);
      writeFileSync(join(dir, 'root.pem'), pemOf(f.pki.root.certificate));
      token = openPkcs11Keys({ module: MODULE, token: { label: LABEL }, pin: PIN });
    });

    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    /** `openssl cms -verify` of a detached CMS over `text`, chained to the test root: its exit status. */
    const openssl = (name: string, der: Uint8Array, text: Uint8Array) => {
      writeFileSync(join(dir, `${name}.cms`), der);
      writeFileSync(join(dir, `${name}.txt`), text);
      const out = spawnSync('openssl', [
        'cms',
        '-verify',
        '-inform',
        'DER',
        '-binary',
        '-in',
        join(dir, `${name}.cms`),
        '-content',
        join(dir, `${name}.txt`),
        '-CAfile',
        join(dir, 'root.pem'),
        '-purpose',
        'any',
        '-attime',
        String(Math.floor(NOW.getTime() / 1000)),
        '-out',
        '/dev/null',
      ]);
      return { status: out.status, stderr: out.stderr.toString() };
    };

    for (const [official, algorithm] of [
      ['head-1', '1.2.840.113549.1.1.11'], // sha256WithRSAEncryption
      ['clerk-2', '1.2.840.10045.4.3.2'], // ecdsa-with-SHA256
    ] as const)
      it(`${official}: the token signs a result (${algorithm}); openssl cms -verify and Ruqsat verify it`, async () => {
        const signer = await token.keys(official);
        expect(signer?.algorithm.signature.oid).toBe(algorithm);
        expect(signer?.chain.map((c) => c.subject)).toEqual([f.trust.intermediates[0]?.subject]);
        const cms = await signResult(content, signer ?? expect.fail('no key on the token'), NOW);
        expect(openssl(official, cms.der, content)).toMatchObject({ status: 0 });
        const check = await verifySignature(cms.der, { trust: f.trust, now: NOW, content, revocation: null });
        expect(check.code).toBe('ok');
        expect(check.signer?.iin).toBe(VALID_IIN);
        const changed = content.slice();
        changed[0] = 0x5b; // '{' → '['
        expect(openssl(official, cms.der, changed).status).not.toBe(0);
      });

    it('an official without a key on the token has none; a wrong PIN or token label fails at start', async () => {
      expect(await token.keys('nobody')).toBeNull();
      token.close(); // a PKCS#11 login is the process's: test the refusals with no session open
      const code = (fn: () => Pkcs11Keys) => {
        try {
          fn().close();
          return 'opened';
        } catch (error) {
          return error instanceof AppError ? error.code : String(error);
        }
      };
      const open = (label: string, pin: string) => () =>
        openPkcs11Keys({ module: MODULE, token: { label }, pin });
      expect(code(open('no-such-token', PIN))).toBe('signature.key_unreadable');
      expect(code(open(LABEL, '000000'))).toBe('signature.wrong_password');
      expect(
        code(() => openPkcs11Keys({ module: join(dir, 'none.so'), token: { slotIndex: 0 }, pin: PIN })),
      ).toBe('signature.key_unreadable');
      expect(code(open(LABEL, PIN))).toBe('opened');
    });
  },
);

describe('ECDSA from a token (r‖s) as CMS carries it', () => {
  it('DER INTEGERs: leading zeros dropped, a 00 added before a high bit', () => {
    const raw = new Uint8Array([0x00, 0x01, 0x80, 0x00, 0x7f, 0xff]); // r = 0x0001 80 → 0x0180, s = 0x007fff
    expect(Buffer.from(ecdsaDer(raw)).toString('hex')).toBe('3008' + '02020180' + '02027fff');
    expect(Buffer.from(ecdsaDer(new Uint8Array([0x80, 0x00]))).toString('hex')).toBe(
      '3007' + '0202' + '0080' + '020100',
    );
  });
});

function pemOf(der: Uint8Array): string {
  const b64 = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n');
  return `-----BEGIN CERTIFICATE-----\n${b64.trim()}\n-----END CERTIFICATE-----\n`;
}
