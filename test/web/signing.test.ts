/**
 * Browser-side EDS signing (web/src/signing): a PKCS#12 file signed with WebCrypto + pkijs must
 * verify with the server's own verifier, and the NCALayer client must speak NCALayer's protocol.
 * Runs in Node 20, whose globalThis.crypto.subtle is the WebCrypto the browser has.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha1 } from '@noble/hashes/legacy.js';
import * as asn1js from 'asn1js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, toPem } from '../../src/signature/certificate.ts';
import { decryptDesEde3Cbc } from '../../src/signature/legacy-ciphers.ts';
import { pkcs12Kdf } from '../../src/signature/pkcs12.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import { DemoPki } from '../../src/signature/service.ts';
import { pkcs12Of, signDetached, type SigningKey } from '../../src/signature/sign.ts';
import { createTestCa, issueCertificate } from '../../src/signature/test-pki.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { isSigningError } from '../../web/src/signing/errors.ts';
import { signingMessage, signingMessages } from '../../web/src/signing/messages.ts';
import {
  isNcaLayerRunning,
  signWithNcaLayer,
  type WebSocketConstructor,
  type WebSocketLike,
} from '../../web/src/signing/ncalayer.ts';
import { openPkcs12, signWithPkcs12 } from '../../web/src/signing/pkcs12.ts';

const IIN = '123456789011';
const PASSWORD = 'Qwerty12';
const content = new TextEncoder().encode(
  JSON.stringify({ applicationId: 'A-1', form: { name: 'Әлия', amount: 12 } }),
);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

let pki: DemoPki;
let signKey: SigningKey;
let p12: Uint8Array;

const p12Of = (k: SigningKey, password = PASSWORD) => pkcs12Of(k, password);

/** The error code a promise rejects with ('ok' when it resolves). */
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    expect(isSigningError(error)).toBe(true);
    return (error as { code: string }).code;
  }
}

beforeAll(async () => {
  pki = await DemoPki.create(new Date());
  signKey = await pki.keyFor({ iin: IIN, role: 'individual' });
  p12 = p12Of(signKey);
});

describe('signWithPkcs12 → the server verifies', () => {
  it('a DemoPki RSA key: valid for the applicant, as POST /applications/:id/submit checks it', async () => {
    const signature = await signWithPkcs12(p12.slice().buffer, PASSWORD, b64(content));
    const check = await pki.service(() => null).verify(signature, content, { iin: IIN }, new Date());
    expect(check.code).toBe('ok');
    expect(check.status).toBe('valid');
    expect(check.signer?.iin).toBe(IIN);
    expect(check.signer?.role).toBe('individual');

    const full = await verifySignature(Buffer.from(signature, 'base64'), {
      trust: pki.trust,
      now: new Date(),
      content,
      expectIin: IIN,
      purpose: 'sign',
      revocation: pki.ocsp,
    });
    expect(full.valid).toBe(true);
    expect(full.detached).toBe(true);
    expect(full.format).toBe('cms');
    expect(full.signedAt).not.toBeNull();
  });

  it('the AUTH key signs a login challenge (purpose auth)', async () => {
    const authKey = await pki.keyFor({ iin: IIN, role: 'individual', purpose: 'auth' });
    const nonce = new TextEncoder().encode('challenge-nonce-123');
    const signature = await signWithPkcs12(p12Of(authKey), PASSWORD, b64(nonce));
    const r = await verifySignature(Buffer.from(signature, 'base64'), {
      trust: pki.trust,
      now: new Date(),
      content: nonce,
      purpose: 'auth',
      revocation: pki.ocsp,
    });
    expect(r.code).toBe('ok');
    expect(r.signer?.iin).toBe(IIN);
  });

  it('an ECDSA P-256 key of a legal entity head', async () => {
    const now = new Date();
    const ca = await createTestCa(new Date(now.getTime() - 86_400_000));
    const bin = '040840000014';
    const issued = await issueCertificate(
      ca.ca,
      { iin: IIN, bin, role: 'legal', keyAlgorithm: 'ecdsa' },
      now,
    );
    const key: SigningKey = {
      key: issued.key,
      certificate: parseCertificate(issued.certificate),
      chain: [parseCertificate(ca.ca.certificate)],
    };
    const opened = await openPkcs12(p12Of(key), PASSWORD);
    expect(opened.algorithm).toBe('ECDSA');
    const signature = await signWithPkcs12(p12Of(key), PASSWORD, b64(content));
    const r = await verifySignature(Buffer.from(signature, 'base64'), {
      trust: {
        mode: 'test',
        anchors: [parseCertificate(ca.root.certificate)],
        intermediates: [parseCertificate(ca.ca.certificate)],
      },
      now: new Date(),
      content,
      expectIin: IIN,
      expectBin: bin,
      purpose: 'sign',
      revocation: new OcspSimulator(),
    });
    expect(r.code).toBe('ok');
    expect(r.signer?.bin).toBe(bin);
    expect(r.signer?.role).toBe('head');
  });

  it('content changed after signing: the server refuses (content_mismatch)', async () => {
    const signature = await signWithPkcs12(p12, PASSWORD, b64(content));
    const changed = new TextEncoder().encode(
      JSON.stringify({ applicationId: 'A-1', form: { name: 'Әлия', amount: 13 } }),
    );
    const check = await pki.service(() => null).verify(signature, changed, { iin: IIN }, new Date());
    expect(check.status).toBe('invalid');
    expect(check.code).toBe('signature.content_mismatch');
  });

  it('another IIN expected: the server refuses (iin_mismatch)', async () => {
    const signature = await signWithPkcs12(p12, PASSWORD, b64(content));
    const check = await pki
      .service(() => null)
      .verify(signature, content, { iin: '990101300011' }, new Date());
    expect(check.code).toBe('signature.iin_mismatch');
  });

  it('signingTime and the signer certificate are in the signature; the chain only when asked', async () => {
    // Whole seconds (UTCTime), after the demo certificate's notBefore.
    const when = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
    const withChain = await signWithPkcs12(p12, PASSWORD, b64(content), { now: when });
    const r = await verifySignature(Buffer.from(withChain, 'base64'), {
      trust: pki.trust,
      now: new Date(),
      content,
      revocation: null,
    });
    expect(r.code).toBe('ok');
    expect(r.signedAt).toBe(when.toISOString());
    const bare = await signWithPkcs12(p12, PASSWORD, b64(content), { includeChain: false });
    expect(Buffer.from(bare, 'base64').length).toBeLessThan(Buffer.from(withChain, 'base64').length);
    const r2 = await verifySignature(Buffer.from(bare, 'base64'), {
      trust: pki.trust,
      now: new Date(),
      content,
      revocation: null,
    });
    expect(r2.code).toBe('ok'); // the server has the intermediate in its trust store
  });
});

describe('signWithPkcs12 errors', () => {
  it('wrong password → signing.wrong_password', async () => {
    expect(await codeOf(signWithPkcs12(p12, 'wrong', b64(content)))).toBe('signing.wrong_password');
  });

  it('random bytes, empty, a certificate → signing.not_pkcs12', async () => {
    expect(await codeOf(signWithPkcs12(randomBytes(512), PASSWORD, b64(content)))).toBe('signing.not_pkcs12');
    expect(await codeOf(signWithPkcs12(new ArrayBuffer(0), PASSWORD, b64(content)))).toBe(
      'signing.not_pkcs12',
    );
    expect(await codeOf(signWithPkcs12(signKey.certificate.der, PASSWORD, b64(content)))).toBe(
      'signing.not_pkcs12',
    );
  });

  it('content that is not base64 → signing.invalid_content', async () => {
    expect(await codeOf(signWithPkcs12(p12, PASSWORD, 'not base64 !!'))).toBe('signing.invalid_content');
  });

  it('a GOST key → signing.unsupported_algorithm', async () => {
    const seq = (...value: asn1js.AsnType[]) => new asn1js.Sequence({ value });
    const oid = (value: string) => new asn1js.ObjectIdentifier({ value });
    const octets = (bytes: Uint8Array) => new asn1js.OctetString({ valueHex: bytes });
    const ctx0 = (value: asn1js.AsnType) =>
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [value] });
    const der = (n: asn1js.AsnType) => new Uint8Array(n.toBER(false));
    const gostKey = seq(
      new asn1js.Integer({ value: 0 }),
      seq(oid('1.2.398.3.10.1.1.1.1')),
      octets(new Uint8Array(randomBytes(32))),
    );
    const bags = seq(seq(oid('1.2.840.113549.1.12.10.1.1'), ctx0(gostKey)));
    const authSafe = der(seq(seq(oid('1.2.840.113549.1.7.1'), ctx0(octets(der(bags))))));
    const salt = randomBytes(8);
    const mac = createHmac('sha1', pkcs12Kdf(sha1, PASSWORD, salt, 3, 2048, 20))
      .update(authSafe)
      .digest();
    const pfx = der(
      seq(
        new asn1js.Integer({ value: 3 }),
        seq(oid('1.2.840.113549.1.7.1'), ctx0(octets(authSafe))),
        seq(
          seq(seq(oid('1.3.14.3.2.26'), new asn1js.Null()), octets(mac)),
          octets(salt),
          new asn1js.Integer({ value: 2048 }),
        ),
      ),
    );
    expect(await codeOf(signWithPkcs12(pfx, PASSWORD, b64(content)))).toBe('signing.unsupported_algorithm');
    expect(await codeOf(signWithPkcs12(pfx, 'wrong', b64(content)))).toBe('signing.wrong_password');
  });
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

describe('PKCS#12 files as OpenSSL and Java write them', () => {
  it('3DES-CBC decryption agrees with OpenSSL', () => {
    const key = Uint8Array.from({ length: 24 }, (_, i) => (i * 37 + 11) & 0xff);
    const iv = Uint8Array.from({ length: 8 }, (_, i) => i * 3);
    for (const size of [0, 1, 7, 8, 100, 1217]) {
      const plain = Uint8Array.from({ length: size }, (_, i) => (i * 13 + size) & 0xff);
      const c = createCipheriv('des-ede3-cbc', key, iv);
      const cipher = new Uint8Array(Buffer.concat([c.update(plain), c.final()]));
      expect(decryptDesEde3Cbc(key, iv, cipher)).toEqual(plain);
    }
    const c = createCipheriv('des-ede3-cbc', key, iv);
    const cipher = new Uint8Array(Buffer.concat([c.update(Buffer.from('sixteen bytes!!!')), c.final()]));
    const wrong = key.slice();
    wrong[0] = (wrong[0] as number) ^ 0x02;
    wrong[9] = (wrong[9] as number) ^ 0x10;
    expect(decryptDesEde3Cbc(wrong, iv, cipher)).not.toEqual(new TextEncoder().encode('sixteen bytes!!!'));
  });

  it.skipIf(!hasOpenssl)(
    'an OpenSSL file with pbeWithSHAAnd3-KeyTripleDES-CBC key and certificates',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ruqsat-web-p12-'));
      writeFileSync(join(dir, 'key.pem'), signKey.key.export({ type: 'pkcs8', format: 'pem' }));
      writeFileSync(join(dir, 'cert.pem'), toPem(signKey.certificate.der, 'CERTIFICATE'));
      writeFileSync(join(dir, 'ca.pem'), signKey.chain.map((c) => toPem(c.der, 'CERTIFICATE')).join(''));
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        '-inkey',
        join(dir, 'key.pem'),
        '-in',
        join(dir, 'cert.pem'),
        '-certfile',
        join(dir, 'ca.pem'),
        '-keypbe',
        'PBE-SHA1-3DES',
        '-certpbe',
        'PBE-SHA1-3DES',
        '-macalg',
        'sha1',
        '-passout',
        `pass:${PASSWORD}`,
        '-out',
        join(dir, 'legacy.p12'),
      ]);
      const file = new Uint8Array(readFileSync(join(dir, 'legacy.p12')));
      const signature = await signWithPkcs12(file, PASSWORD, b64(content));
      const check = await pki.service(() => null).verify(signature, content, { iin: IIN }, new Date());
      expect(check.code).toBe('ok');
      expect(await codeOf(signWithPkcs12(file, 'Qwerty13', b64(content)))).toBe('signing.wrong_password');
    },
  );

  const hasLegacyProvider =
    hasOpenssl && spawnSync('openssl', ['list', '-providers', '-provider', 'legacy']).status === 0;

  it.skipIf(!hasLegacyProvider)(
    'a Java-style file: certificates under pbeWithSHAAnd40BitRC2-CBC, key under 3DES (openssl -legacy)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ruqsat-web-p12-'));
      const file = join(dir, 'java.p12');
      writeFileSync(join(dir, 'key.pem'), signKey.key.export({ type: 'pkcs8', format: 'pem' }));
      writeFileSync(
        join(dir, 'certs.pem'),
        [signKey.certificate, ...signKey.chain].map((c) => toPem(c.der, 'CERTIFICATE')).join(''),
      );
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        '-legacy',
        '-inkey',
        join(dir, 'key.pem'),
        '-in',
        join(dir, 'certs.pem'),
        '-passout',
        `pass:${PASSWORD}`,
        '-out',
        file,
      ]);
      const info = spawnSync('openssl', [
        'pkcs12',
        '-in',
        file,
        '-info',
        '-noout',
        '-legacy',
        '-passin',
        `pass:${PASSWORD}`,
      ]);
      expect(`${info.stdout.toString()}${info.stderr.toString()}`).toContain('pbeWithSHA1And40BitRC2-CBC');
      const bytes = new Uint8Array(readFileSync(file));
      const opened = await openPkcs12(bytes, PASSWORD);
      expect(opened.chain).toHaveLength(1);
      const signature = await signWithPkcs12(bytes, PASSWORD, b64(content));
      const check = await pki.service(() => null).verify(signature, content, { iin: IIN }, new Date());
      expect(check.code).toBe('ok');
      expect(await codeOf(signWithPkcs12(bytes, 'qwerty12', b64(content)))).toBe('signing.wrong_password');
    },
  );
});

describe("the NCA's own key files (test/fixtures/nca: key under 3DES, certificates under RC2-40)", () => {
  const keyFile = (name: string) =>
    new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/nca/keys', name)));

  it.skipIf(!hasOpenssl)('the RSA key signs in the page; openssl cms -verify accepts the CMS', async () => {
    const file = keyFile('key_individual_valid_sign_2004.p12');
    const opened = await openPkcs12(file, 'Qwerty12');
    expect(opened.algorithm).toBe('RSA');
    const signedAt = new Date(Date.parse(parseCertificate(opened.certificate).x509.validFrom) + 86_400_000);
    const signature = await signWithPkcs12(file, 'Qwerty12', b64(content), { now: signedAt });
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-web-nca-'));
    writeFileSync(join(dir, 'sig.cms'), Buffer.from(signature, 'base64'));
    writeFileSync(join(dir, 'content'), content);
    execFileSync('openssl', [
      'cms',
      '-verify',
      '-inform',
      'DER',
      '-binary',
      '-in',
      join(dir, 'sig.cms'),
      '-content',
      join(dir, 'content'),
      '-CAfile',
      join(import.meta.dirname, '../fixtures/nca/ca/nca_rsa_test.crt'),
      '-partial_chain',
      '-purpose',
      'any',
      '-attime',
      String(signedAt.getTime() / 1000),
      '-out',
      join(dir, 'out'),
    ]);
    expect(await codeOf(openPkcs12(file, 'Qwerty13'))).toBe('signing.wrong_password');
  });

  it('a GOST 34.10-2015 key file opens, and is refused for WebCrypto signing with a clear code', async () => {
    const file = keyFile('key_individual_valid_2015.p12');
    expect(await codeOf(openPkcs12(file, 'Aa123456'))).toBe('signing.unsupported_algorithm');
    expect(await codeOf(openPkcs12(file, 'Qwerty12'))).toBe('signing.wrong_password');
  });
});

// ---- NCALayer ------------------------------------------------------------------------------

type Reply = (request: any, socket: FakeSocket) => unknown;

/** A fake NCALayer: greets on open, then answers each request with `reply` (JSON unless a string). */
function fakeNcaLayer(reply: Reply, options: { greet?: boolean; heartbeat?: boolean } = {}) {
  const sockets: FakeSocket[] = [];
  class Socket extends FakeSocket {
    constructor(url: string) {
      super(url, reply);
      sockets.push(this);
      setTimeout(() => {
        this.onopen?.({});
        if (options.heartbeat) this.onmessage?.({ data: '--heartbeat--' });
        if (options.greet ?? true) this.onmessage?.({ data: JSON.stringify({ result: { version: '1.4' } }) });
      }, 1);
    }
  }
  return { WebSocket: Socket as WebSocketConstructor, sockets };
}

class FakeSocket implements WebSocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  readonly sent: any[] = [];
  closed = false;
  constructor(
    readonly url: string,
    private readonly reply: Reply,
  ) {}
  send(data: string): void {
    const request = JSON.parse(data);
    this.sent.push(request);
    setTimeout(() => {
      if (this.closed) return;
      const answer = this.reply(request, this);
      if (answer !== undefined)
        this.onmessage?.({ data: typeof answer === 'string' ? answer : JSON.stringify(answer) });
    }, 1);
  }
  close(): void {
    this.closed = true;
  }
}

/** A socket to a port nobody listens on: error, then close. */
class RefusedSocket implements WebSocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor(readonly url: string) {
    setTimeout(() => {
      this.onerror?.({ type: 'error' });
      this.onclose?.({ code: 1006 });
    }, 1);
  }
  send(): void {
    throw new Error('not open');
  }
  close(): void {}
}

describe('isNcaLayerRunning', () => {
  it('true when the socket opens, and closes it again', async () => {
    const fake = fakeNcaLayer(() => undefined);
    expect(await isNcaLayerRunning(1000, { WebSocket: fake.WebSocket })).toBe(true);
    expect(fake.sockets[0]?.url).toBe('wss://127.0.0.1:13579/');
    expect(fake.sockets[0]?.closed).toBe(true);
  });

  it('false on error, on a throwing constructor, on timeout, without WebSocket; never throws', async () => {
    expect(await isNcaLayerRunning(1000, { WebSocket: RefusedSocket })).toBe(false);
    class Throwing extends RefusedSocket {
      constructor(url: string) {
        super(url);
        throw new SyntaxError('blocked');
      }
    }
    expect(await isNcaLayerRunning(1000, { WebSocket: Throwing })).toBe(false);
    class Silent implements WebSocketLike {
      onopen = null;
      onerror = null;
      onclose = null;
      onmessage = null;
      send() {}
      close() {}
    }
    const started = Date.now();
    expect(await isNcaLayerRunning(50, { WebSocket: Silent })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('signWithNcaLayer', () => {
  it('sends the kz.gov.pki.knca.basics sign request and returns the CMS, which the server verifies', async () => {
    const fake = fakeNcaLayer(
      (request) => {
        const data = new Uint8Array(Buffer.from(request.args.data, 'base64'));
        // NCALayer may wrap the CMS in PEM armour with line breaks.
        const cms = signDetached(data, signKey, new Date()).base64;
        return {
          status: true,
          body: { result: [`-----BEGIN CMS-----\n${cms.replace(/(.{64})/g, '$1\n')}\n-----END CMS-----`] },
        };
      },
      { heartbeat: true },
    );
    const signature = await signWithNcaLayer(b64(content), {
      purpose: 'sign',
      locale: 'kk',
      WebSocket: fake.WebSocket,
    });
    const socket = fake.sockets[0];
    expect(socket?.sent).toHaveLength(1);
    expect(socket?.sent[0]).toEqual({
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: null,
        format: 'cms',
        data: b64(content),
        signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: {} },
        signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], chain: [] },
        locale: 'kk',
      },
    });
    expect(socket?.closed).toBe(true);
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const check = await pki.service(() => null).verify(signature, content, { iin: IIN }, new Date());
    expect(check.code).toBe('ok');
  });

  it('purpose auth asks for the AUTH key (clientAuth); options reach the request', async () => {
    const fake = fakeNcaLayer(() => ({ status: true, body: { result: 'MIIBsig' } }));
    expect(
      await signWithNcaLayer('bm9uY2U=', {
        purpose: 'auth',
        locale: 'en',
        allowedStorages: ['PKCS12', 'AKKZIDCardStore'],
        chain: null,
        timestamp: false,
        WebSocket: fake.WebSocket,
      }),
    ).toBe('MIIBsig');
    const args = fake.sockets[0]?.sent[0].args;
    expect(args.signerParams).toEqual({ extKeyUsageOids: ['1.3.6.1.5.5.7.3.2'] });
    expect(args.signingParams).toEqual({ decode: true, encapsulate: false, digested: false });
    expect(args.allowedStorages).toEqual(['PKCS12', 'AKKZIDCardStore']);
    expect(args.locale).toBe('en');
  });

  it('older answer shapes: a string result, {status, responseObject}', async () => {
    const plain = fakeNcaLayer(() => ({ status: true, body: { result: 'MIIBone' } }));
    expect(await signWithNcaLayer('bm9uY2U=', { WebSocket: plain.WebSocket })).toBe('MIIBone');
    const older = fakeNcaLayer(() => ({ status: true, responseObject: 'MIIBolder' }));
    expect(await signWithNcaLayer('bm9uY2U=', { WebSocket: older.WebSocket })).toBe('MIIBolder');
  });

  it('without a greeting the request still goes out', async () => {
    const fake = fakeNcaLayer(() => ({ status: true, body: { result: 'MIIBsig' } }), { greet: false });
    expect(await signWithNcaLayer('bm9uY2U=', { WebSocket: fake.WebSocket })).toBe('MIIBsig');
  });

  it('cancelled in the dialog → signing.ncalayer_canceled; an NCALayer error → ncalayer_failed', async () => {
    const cancel = fakeNcaLayer(() => ({ status: true, body: {} }));
    expect(await codeOf(signWithNcaLayer('bm9uY2U=', { WebSocket: cancel.WebSocket }))).toBe(
      'signing.ncalayer_canceled',
    );
    const failing = fakeNcaLayer(() => ({
      status: false,
      code: 'SIGNING_FAILURE',
      message: 'key expired',
      details: '',
    }));
    try {
      await signWithNcaLayer('bm9uY2U=', { WebSocket: failing.WebSocket });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'signing.ncalayer_failed',
        params: { ncaCode: 'SIGNING_FAILURE' },
      });
    }
  });

  it('an NCALayer without the basics module: falls back to commonUtils.createCAdESFromBase64', async () => {
    const fake = fakeNcaLayer((request) =>
      request.module === 'kz.gov.pki.knca.basics'
        ? { success: false, errorCode: 'MODULE_NOT_FOUND' }
        : { code: '200', message: '', responseObject: 'MIIBlegacy' },
    );
    expect(await signWithNcaLayer('bm9uY2U=', { purpose: 'auth', WebSocket: fake.WebSocket })).toBe(
      'MIIBlegacy',
    );
    const sent = fake.sockets[0]?.sent ?? [];
    expect(sent.map((r) => r.module)).toEqual(['kz.gov.pki.knca.basics', 'kz.gov.pki.knca.commonUtils']);
    expect(sent[1]).toEqual({
      module: 'kz.gov.pki.knca.commonUtils',
      method: 'createCAdESFromBase64',
      args: ['PKCS12', 'AUTHENTICATION', 'bm9uY2U=', false],
    });
  });

  it('protocol commonUtils: legacy request only; action.canceled → ncalayer_canceled', async () => {
    const fake = fakeNcaLayer(() => ({ code: '500', message: 'action.canceled' }));
    expect(
      await codeOf(signWithNcaLayer('bm9uY2U=', { protocol: 'commonUtils', WebSocket: fake.WebSocket })),
    ).toBe('signing.ncalayer_canceled');
    expect(fake.sockets[0]?.sent[0].args).toEqual(['PKCS12', 'SIGNATURE', 'bm9uY2U=', false]);
  });

  it('no NCALayer → signing.ncalayer_unavailable; closed mid-way → failed; silent → timeout', async () => {
    expect(await codeOf(signWithNcaLayer('bm9uY2U=', { WebSocket: RefusedSocket }))).toBe(
      'signing.ncalayer_unavailable',
    );
    const closing = fakeNcaLayer((_request, socket) => {
      socket.onclose?.({ code: 1006 });
      return undefined;
    });
    expect(await codeOf(signWithNcaLayer('bm9uY2U=', { WebSocket: closing.WebSocket }))).toBe(
      'signing.ncalayer_failed',
    );
    const silent = fakeNcaLayer(() => undefined);
    expect(
      await codeOf(signWithNcaLayer('bm9uY2U=', { WebSocket: silent.WebSocket, responseTimeoutMs: 30 })),
    ).toBe('signing.ncalayer_timeout');
  });
});

describe('messages', () => {
  it('every signing error code has a kk/ru/en text', () => {
    expect(Object.keys(signingMessages)).toHaveLength(11);
    for (const texts of Object.values(signingMessages))
      for (const locale of ['kk', 'ru', 'en'] as const) expect(texts[locale].length).toBeGreaterThan(5);
    expect(signingMessage('signing.wrong_password', 'kk')).toBe('Кілт құпиясөзі қате.');
    expect(signingMessage('signature.malformed', 'en')).toBeNull();
  });
});
