/**
 * Officials with GOST keys sign results as the national CA's Kalkan signs: the NCA's own test
 * keys (test/fixtures/nca/keys, from ../shared/nca-test) sign a result with GOST 34.10-2015
 * (Streebog-512) and GOST 34.310-2004 (34.311-95); Ruqsat's verifier accepts them as of a time
 * inside the certificates' validity, and the SignerInfo names its algorithms byte for byte as
 * the NCA's own two-signer CMS does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AsnConvert } from '@peculiar/asn1-schema';
import { ContentInfo, SignedData, type SignerInfo } from '@peculiar/asn1-cms';
import { afterAll, describe, expect, it } from 'vitest';
import { certificatesIn, parseCertificate } from '../../src/signature/certificate.ts';
import type { TrustStore } from '../../src/signature/checks.ts';
import { GOST_OID, gostPrivateKey, gostPublicKey } from '../../src/signature/gost.ts';
import { officialKeysFrom } from '../../src/signature/official-keys.ts';
import { recordedRevocation } from '../../src/signature/revocation.ts';
import { keyFileFromPkcs12 } from '../../src/signature/sign.ts';
import { gostSigner, signResult } from '../../src/signature/signer.ts';
import { verifySignature } from '../../src/signature/verify.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'nca');
const file = (path: string) => new Uint8Array(readFileSync(join(DIR, path)));
const cert = (path: string) => parseCertificate(certificatesIn(file(path))[0] as Uint8Array);
const trust: TrustStore = {
  mode: 'test', // the NCA's test IINs fail the control digit
  anchors: [cert('ca/nca_rsa_test.crt'), cert('ca/nca_gost_test.crt'), cert('ca/nca_gost2015_test.cer')],
  intermediates: [],
};
const keyFile = (name: string, password: string) => keyFileFromPkcs12(file(`keys/${name}.p12`), password);
const RESULT = new TextEncoder().encode('{"decision":"approved","permitNumber":"KZ12VEK00000001"}');
/** Inside both test certificates' validity: 2015 individual 2022-07-28…2023-07-28, 2004 head 2022-01-18…2023-01-18. */
const AT = new Date('2022-09-01T06:00:00Z');
const LATER = new Date('2022-09-02T06:00:00Z');

const signerInfoOf = (der: Uint8Array): SignerInfo => {
  const sd = AsnConvert.parse(AsnConvert.parse(der, ContentInfo).content, SignedData);
  return sd.signerInfos[0] as SignerInfo;
};
const hex = (v: unknown) => Buffer.from(AsnConvert.serialize(v)).toString('hex');

describe('GOST signing of results (the NCA’s own keys)', () => {
  it('GOST 34.10-2015 (512): the result verifies with Ruqsat’s verifier; a changed byte does not', async () => {
    const signer = gostSigner(keyFile('key_individual_valid_2015', 'Aa123456'));
    const cms = await signResult(RESULT, signer, AT);
    const ok = await verifySignature(cms.der, { trust, now: LATER, content: RESULT, revocation: null });
    expect(ok.code).toBe('ok');
    expect(ok.signer?.iin).toBe('123456789012');
    expect(ok.signedAt).toBe(AT.toISOString());
    const si = signerInfoOf(cms.der);
    expect(si.signatureAlgorithm.algorithm).toBe(GOST_OID.sign2015x512);
    expect(si.digestAlgorithm.algorithm).toBe(GOST_OID.digest2015x512);
    expect(si.signature.byteLength).toBe(128); // r‖s, 64 bytes each

    const changed = RESULT.slice();
    changed[2] = 0x45;
    const tampered = await verifySignature(cms.der, {
      trust,
      now: LATER,
      content: changed,
      revocation: null,
    });
    expect(tampered.code).toBe('signature.content_mismatch');
    const bad = cms.der.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] as number) ^ 1; // the signature value's last byte
    const forged = await verifySignature(bad, { trust, now: LATER, content: RESULT, revocation: null });
    expect(forged.code).toBe('signature.invalid_signature');
  });

  it('GOST 34.310-2004 with 34.311-95: a legal entity head’s key signs; the BIN is read from OU', async () => {
    const signer = gostSigner(keyFile('key_ceo_sign_revoked_2004', 'Qwerty12'));
    const cms = await signResult(RESULT, signer, AT);
    const ok = await verifySignature(cms.der, { trust, now: LATER, content: RESULT, revocation: null });
    expect(ok.code).toBe('ok');
    expect(ok.signer).toMatchObject({ iin: '123456789011', bin: '123456789021' });
    const si = signerInfoOf(cms.der);
    expect([si.signatureAlgorithm.algorithm, si.digestAlgorithm.algorithm]).toEqual([
      GOST_OID.sign2004,
      GOST_OID.digest95,
    ]);
    expect(si.signature.byteLength).toBe(64);
  });

  it('names its algorithms as the NCA’s Kalkan does (its GOST 2015 signer, byte for byte)', async () => {
    const nca = signerInfoOf(file('cms/gost2015-and-rsa-detached.cms'));
    const ours = signerInfoOf(
      (await signResult(RESULT, gostSigner(keyFile('key_individual_valid_2015', 'Aa123456')), AT)).der,
    );
    expect(hex(ours.digestAlgorithm)).toBe(hex(nca.digestAlgorithm));
    expect(hex(ours.signatureAlgorithm)).toBe(hex(nca.signatureAlgorithm));
    // Kalkan signs contentType, signingTime and messageDigest; Ruqsat adds signingCertificateV2.
    const types = (si: SignerInfo) => (si.signedAttrs ?? []).map((a) => a.attrType);
    expect(types(ours)).toEqual(expect.arrayContaining(types(nca)));
    expect(ours.signature.byteLength).toBe(nca.signature.byteLength);
  });

  it('each signature draws a fresh k: two signatures of one result differ and both verify', async () => {
    const signer = gostSigner(keyFile('key_individual_valid_2015', 'Aa123456'));
    const [a, b] = await Promise.all([signResult(RESULT, signer, AT), signResult(RESULT, signer, AT)]);
    expect(a.base64).not.toBe(b.base64);
    for (const cms of [a, b])
      expect(
        (await verifySignature(cms.der, { trust, now: LATER, content: RESULT, revocation: null })).code,
      ).toBe('ok');
  });

  it('a revoked GOST key still signs, and the CRL of the 2022 GOST CA refuses the result', async () => {
    const signer = gostSigner(keyFile('key_ceo_revoked_2015', 'Aa123456'));
    const at = new Date('2022-08-01T00:00:00Z'); // inside the CRL's thisUpdate…nextUpdate
    const cms = await signResult(RESULT, signer, at);
    const r = await verifySignature(cms.der, {
      trust,
      now: at,
      content: RESULT,
      revocation: recordedRevocation([file('crl/nca_gost2022_test.crl')], []),
    });
    expect(r.code).toBe('signature.revoked_crl');
  });

  it('a key that is not its certificate’s is refused before it signs (key_unreadable)', () => {
    const key = keyFile('key_individual_valid_2015', 'Aa123456').key;
    const other = gostPublicKey(cert('keys-certs/key_ceo_revoked_2015.pem').spkiDer);
    expect(() => gostPrivateKey(key.pkcs8, key.algorithm, key.parameters ?? null, other.point)).toThrow(
      expect.objectContaining({ code: 'signature.key_unreadable' }),
    );
  });
});

describe('officials’ GOST keys from the keys folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruqsat-gost-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('<id>.p12 with a GOST key signs with GOST', async () => {
    writeFileSync(join(dir, 'head-1.p12'), file('keys/key_individual_valid_2015.p12'));
    writeFileSync(join(dir, 'head-1.password'), 'Aa123456\n');
    const signer = await officialKeysFrom(dir)('head-1');
    expect(signer?.algorithm.signature.oid).toBe(GOST_OID.sign2015x512);
    const cms = await signResult(RESULT, signer ?? expect.fail('no key'), AT);
    expect(
      (await verifySignature(cms.der, { trust, now: LATER, content: RESULT, revocation: null })).code,
    ).toBe('ok');
  });
});
