import { createPrivateKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkId } from '../../src/identity/iin-bin.ts';
import { parseCertificate, toPem } from '../../src/signature/certificate.ts';
import { NCA_ROLE, OID } from '../../src/signature/oids.ts';
import { OcspSimulator, type RevocationSource } from '../../src/signature/revocation.ts';
import { signAttached, signDetached, type SigningKey } from '../../src/signature/sign.ts';
import { createTestCa, issueCertificate } from '../../src/signature/test-pki.ts';
import { verifyOffline, verifySignature, type VerifyOptions } from '../../src/signature/verify.ts';
import { signXml } from '../../src/signature/xmldsig.ts';
import { BIN, NOW, TEST_IIN, VALID_IIN, days, fixture, type Fixture } from './fixtures.ts';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const APPLICATION = text('{"service":"S-003-01","applicant":"123456789011","fields":{"address":"Астана"}}');

let f: Fixture;
let rsa: SigningKey;
let ec: SigningKey;
let official: SigningKey;

beforeAll(async () => {
  f = await fixture();
  rsa = await f.key({ iin: TEST_IIN });
  ec = await f.key({ iin: TEST_IIN, keyAlgorithm: 'ecdsa' });
  official = await f.key({ iin: VALID_IIN, bin: BIN, role: 'official' });
});

type Extra = Partial<VerifyOptions & { revocation: RevocationSource | null }>;

const options = (extra: Extra = {}) => ({
  trust: f.trust,
  now: NOW,
  revocation: new OcspSimulator(),
  ...extra,
});

const codeOf = async (bytes: Uint8Array | string, extra: Extra = {}) =>
  (await verifySignature(typeof bytes === 'string' ? text(bytes) : bytes, options(extra))).code;

describe('valid signatures of each kind verify', () => {
  it('the NCA test IIN really fails the control digit (so test mode is what accepts it)', () => {
    expect(checkId(TEST_IIN).valid).toBe(false);
    expect(checkId(VALID_IIN).valid).toBe(true);
  });

  it('detached CMS, RSA, DER: signer, role and signing time reported', async () => {
    const sig = signDetached(APPLICATION, rsa, NOW);
    const r = await verifySignature(sig.der, options({ content: APPLICATION, expectIin: TEST_IIN }));
    expect(r).toMatchObject({ valid: true, status: 'valid', code: 'ok', format: 'cms', detached: true });
    expect(r.signer).toMatchObject({ iin: TEST_IIN, bin: null, role: 'individual' });
    expect(r.signedAt).toBe(NOW.toISOString());
    expect(r.revocation).toMatchObject({ checked: true, source: 'ocsp' });
  });

  it('attached CMS, ECDSA P-256, base64 and PEM-armoured', async () => {
    const sig = signAttached(APPLICATION, ec, NOW);
    const r = await verifySignature(text(sig.base64), options({ expectIin: TEST_IIN }));
    expect(r.code).toBe('ok');
    expect(r.detached).toBe(false);
    expect(Buffer.from(r.content ?? []).equals(Buffer.from(APPLICATION))).toBe(true);
    expect(await codeOf(toPem(sig.der, 'CMS'))).toBe('ok');
  });

  it('attached CMS with the application given: it must be exactly what was signed', async () => {
    const sig = signAttached(APPLICATION, rsa, NOW);
    expect(await codeOf(sig.der, { content: APPLICATION })).toBe('ok');
    expect(await codeOf(sig.der, { content: text('{"service":"other"}') })).toBe(
      'signature.content_substituted',
    );
  });

  it("a legal entity's official: IIN, BIN and the right-to-sign role from the NCA EKU", async () => {
    const sig = signDetached(APPLICATION, official, NOW);
    const r = await verifySignature(
      sig.der,
      options({ content: APPLICATION, expectIin: VALID_IIN, expectBin: BIN, trust: f.productionTrust }),
    );
    expect(r.code).toBe('ok');
    expect(r.signer).toMatchObject({ iin: VALID_IIN, bin: BIN, role: 'right-to-sign' });
  });

  it('XML-DSig as NCALayer signXml makes it, RSA and ECDSA', async () => {
    const xml =
      '<application xmlns="urn:ruqsat"><iin>123456789011</iin><service>S-003-01</service></application>';
    for (const key of [rsa, ec]) {
      const signed = signXml(xml, key.key, key.certificate.der);
      const r = await verifySignature(text(signed), options({ expectIin: TEST_IIN }));
      expect({ code: r.code, m: r.message }).toEqual({ code: 'ok', m: 'ok' });
      expect(r).toMatchObject({ valid: true, format: 'xml', signedAt: null });
      expect(await codeOf(signed, { content: text(xml) })).toBe('ok');
      expect(await codeOf(signed, { content: text(xml.replace('S-003-01', 'S-001-01')) })).toBe(
        'signature.content_substituted',
      );
    }
  });
});

describe('each failure has its own code', () => {
  it('tampered content (detached and XML)', async () => {
    const sig = signDetached(APPLICATION, rsa, NOW);
    expect(await codeOf(sig.der, { content: text('{"service":"S-003-01","tampered":true}') })).toBe(
      'signature.content_mismatch',
    );
    const signed = signXml('<a><b>1</b></a>', rsa.key, rsa.certificate.der);
    expect(await codeOf(signed.replace('<b>1</b>', '<b>2</b>'))).toBe('signature.content_mismatch');
  });

  it('detached without content', async () => {
    expect(await codeOf(signDetached(APPLICATION, rsa, NOW).der)).toBe('signature.content_missing');
  });

  it('a changed signature value', async () => {
    const der = signDetached(APPLICATION, rsa, NOW).der;
    der[der.length - 5] = (der[der.length - 5] as number) ^ 0xff; // inside the RSA signature, the last field
    expect(await codeOf(der, { content: APPLICATION })).toBe('signature.invalid_signature');
  });

  it('expired and not yet valid at signing time', async () => {
    const expired = await f.key({ iin: TEST_IIN, notBefore: days(-400), notAfter: days(-1) });
    expect(await codeOf(signDetached(APPLICATION, expired, NOW).der, { content: APPLICATION })).toBe(
      'signature.cert_expired',
    );
    const future = await f.key({ iin: TEST_IIN, notBefore: days(1), notAfter: days(300) });
    expect(await codeOf(signDetached(APPLICATION, future, NOW).der, { content: APPLICATION })).toBe(
      'signature.cert_not_yet_valid',
    );
  });

  it('validity is judged at the signing time, not at verification', async () => {
    const shortLived = await f.key({ iin: TEST_IIN, notBefore: days(-10), notAfter: days(1) });
    const sig = signDetached(APPLICATION, shortLived, NOW);
    expect(await codeOf(sig.der, { content: APPLICATION, now: days(30) })).toBe('ok');
  });

  it('a signing time in the future', async () => {
    const sig = signDetached(APPLICATION, rsa, days(1));
    expect(await codeOf(sig.der, { content: APPLICATION })).toBe('signature.signing_time_future');
  });

  it('unknown CA', async () => {
    const other = await createTestCa(NOW);
    const stranger = await issueCertificate(other.ca, { iin: TEST_IIN }, NOW);
    const key = { key: stranger.key, certificate: parseCertificate(stranger.certificate), chain: [] };
    expect(await codeOf(signDetached(APPLICATION, key, NOW).der, { content: APPLICATION })).toBe(
      'signature.untrusted_chain',
    );
  });

  it('wrong key usage: the AUTH key, or a key for encryption only, cannot sign documents', async () => {
    const auth = await f.key({ iin: TEST_IIN, purpose: 'auth' });
    expect(await codeOf(signDetached(APPLICATION, auth, NOW).der, { content: APPLICATION })).toBe(
      'signature.key_usage',
    );
    const enc = await f.key({ iin: TEST_IIN, keyUsage: 4 /* keyEncipherment */ });
    expect(await codeOf(signDetached(APPLICATION, enc, NOW).der, { content: APPLICATION })).toBe(
      'signature.key_usage',
    );
    // and the AUTH key is what login wants
    expect(
      await codeOf(signDetached(APPLICATION, auth, NOW).der, { content: APPLICATION, purpose: 'auth' }),
    ).toBe('ok');
  });

  it('IIN and BIN mismatch', async () => {
    const sig = signDetached(APPLICATION, official, NOW).der;
    expect(await codeOf(sig, { content: APPLICATION, expectIin: TEST_IIN })).toBe('signature.iin_mismatch');
    expect(await codeOf(sig, { content: APPLICATION, expectBin: '990340000012' })).toBe(
      'signature.bin_mismatch',
    );
  });

  it('a test IIN failing the control digit is refused in production trust', async () => {
    const sig = signDetached(APPLICATION, rsa, NOW).der;
    expect(await codeOf(sig, { content: APPLICATION, trust: f.productionTrust })).toBe(
      'signature.iin_invalid',
    );
    expect(await codeOf(sig, { content: APPLICATION, trust: f.trust })).toBe('ok');
  });

  describe('GOST labels on an RSA signature', () => {
    // Same-length replacements of sha256WithRSAEncryption (9 content bytes) keep every length intact.
    const relabel = (oidHex: string) => {
      const der = Buffer.from(signDetached(APPLICATION, rsa, NOW).der);
      const rsaWithSha256 = Buffer.from('06092a864886f70d01010b', 'hex');
      expect(der.indexOf(rsaWithSha256)).toBeGreaterThan(0);
      Buffer.from(`0609${oidHex}`, 'hex').copy(der, der.lastIndexOf(rsaWithSha256));
      return new Uint8Array(der);
    };

    it('GOST 34.310-2004 (1.2.398.3.10.1.1.1.2) over an RSA key does not verify', async () => {
      expect(await codeOf(relabel('2a830e030a01010102'), { content: APPLICATION })).toBe(
        'signature.invalid_signature',
      );
    });

    it('a GOST variant the NCA files do not show (2015, 256-bit: 1.2.398.3.10.1.1.2.1) is unsupported_algorithm', async () => {
      expect(await codeOf(relabel('2a830e030a01010201'), { content: APPLICATION })).toBe(
        'signature.unsupported_algorithm',
      );
    });
  });

  it('a GOST XML-DSig method is unsupported_algorithm', async () => {
    const signed = signXml('<a>1</a>', rsa.key, rsa.certificate.der).replace(
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      'urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512',
    );
    expect(await codeOf(signed)).toBe('signature.unsupported_algorithm');
  });

  it('OCSP unreachable and no CRL answer: not checked at time T, a distinct status', async () => {
    const ocsp = new OcspSimulator();
    ocsp.unavailable = 'connection refused';
    const r = await verifySignature(
      signDetached(APPLICATION, rsa, NOW).der,
      options({ content: APPLICATION, revocation: ocsp }),
    );
    expect(r).toMatchObject({
      status: 'indeterminate',
      valid: false,
      code: 'signature.revocation_unavailable',
    });
    expect(r.revocation).toMatchObject({ checked: false, at: NOW.toISOString() });
    expect(r.signer?.iin).toBe(TEST_IIN);
  });

  it('verifyOffline is synchronous and pure: same input, same answer', () => {
    const der = signDetached(APPLICATION, rsa, NOW).der;
    const a = verifyOffline(der, { trust: f.trust, now: NOW, content: APPLICATION });
    const b = verifyOffline(der, { trust: f.trust, now: NOW, content: APPLICATION });
    expect(a.identity).toEqual(b.identity);
    expect(a.chain).toHaveLength(3);
  });
});

describe('certificates carry what the national CA puts there', () => {
  it('subject SERIALNUMBER IIN…, OU BIN…, NCA role EKU, policy', () => {
    const c = official.certificate;
    expect(c.subject).toContain(`SERIALNUMBER=IIN${VALID_IIN}`);
    expect(c.subject).toContain(`OU=BIN${BIN}`);
    expect(c.extKeyUsage).toEqual([OID.emailProtection, NCA_ROLE.legal, NCA_ROLE.rightToSign]);
    expect(c.keyUsage).toEqual(['digitalSignature', 'nonRepudiation']);
    expect(createPrivateKey(official.key.export({ type: 'pkcs8', format: 'pem' })).asymmetricKeyType).toBe(
      'rsa',
    );
  });
});
