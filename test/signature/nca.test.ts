/**
 * The national CA's own test material (test/fixtures/nca, copied from ../shared/nca-test; see
 * its README): RSA and GOST signatures made by the NCA's Kalkan library, its CRLs and OCSP
 * answers. Everything there has expired, so each check runs as of a time inside the file's
 * validity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { certificatesIn, isIssuedBy, parseCertificate } from '../../src/signature/certificate.ts';
import { buildChain, checkValidity, signerIdentityOf, type TrustStore } from '../../src/signature/checks.ts';
import { parseCms, verifySignerInfo } from '../../src/signature/cms.ts';
import { gostDigest } from '../../src/signature/gost.ts';
import { checkCrl, checkOcspResponse, parseCrl } from '../../src/signature/revocation.ts';
import { verifySignature } from '../../src/signature/verify.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'nca');
const file = (path: string) => new Uint8Array(readFileSync(join(DIR, path)));
const cert = (path: string) => parseCertificate(certificatesIn(file(path))[0] as Uint8Array);

const RSA_CA = cert('ca/nca_rsa_test.crt');
const GOST_CA = cert('ca/nca_gost_test.crt');
const GOST2015_CA = cert('ca/nca_gost2015_test.cer');
const trust: TrustStore = { mode: 'test', anchors: [RSA_CA, GOST_CA, GOST2015_CA], intermediates: [] };
const CONTENT = file('cms/content.txt');

const CEO_GOST2004 = cert('certs/ceo_valid_sign_2004_gost.cer');
const RSA_SIGN = cert('certs/individual_valid_sign_2004_rsa.cer');
const RSA_AUTH = cert('certs/individual_valid_sign_2004_rsa_auth.cer');
/** Certificates of the PKCS#12 keys (the certificate bags, extracted once with `openssl pkcs12 -legacy`). */
const key = (name: string) => cert(`keys-certs/${name}.pem`);

/** Within the certificates' year (2022-01-18 … 2023-01-18) and the 2022 CRLs' windows. */
const MID_2022 = new Date('2022-06-01T00:00:00Z');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

describe('GOST hashes as the NCA computes them', () => {
  it('34.311-95 with the test S-box set and 34.11-2015 (Streebog-512) give the published values', () => {
    // GOST R 34.11-94 test parameters, "abc" (the standard's example set).
    expect(Buffer.from(gostDigest('1.2.398.3.10.1.3.1', Buffer.from('abc'))).toString('hex')).toBe(
      'f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d',
    );
    // Streebog-512 of the empty string (RFC 6986 implementations' usual check).
    expect(Buffer.from(gostDigest('1.2.398.3.10.1.3.3', new Uint8Array(0))).toString('hex')).toMatch(
      /^8e945da209aa869f0455928529bcae4679e9873ab707b55315f56ceb98bef0a7362f715528356ee83cda5f2aac4c6ad2ba3a715c1bcd81cb8e9f90bf4c1c1a8a$/,
    );
  });
});

describe('NCA certificates', () => {
  it('GOST 34.310-2004: the head of a legal entity, chain to ҰКО 3.0 (GOST TEST), BIN from OU', () => {
    const chain = buildChain(CEO_GOST2004, [], trust);
    expect(chain.map((c) => c.subject)).toEqual([CEO_GOST2004.subject, GOST_CA.subject]);
    expect(CEO_GOST2004.signatureAlgorithm).toBe('1.2.398.3.10.1.1.1.2');
    checkValidity(chain, MID_2022);
    expect(signerIdentityOf(CEO_GOST2004, 'test')).toMatchObject({
      iin: '123456789011',
      bin: '123456789021',
    });
    // Production never accepts the test IIN (it fails the control digit).
    expect(codeOf(() => signerIdentityOf(CEO_GOST2004, 'production'))).toBe('signature.iin_invalid');
  });

  it('RSA signing and authentication keys chain to ҰКО 3.0 (RSA TEST)', () => {
    for (const c of [RSA_SIGN, RSA_AUTH]) {
      expect(buildChain(c, [], trust).at(-1)).toBe(RSA_CA);
      checkValidity([c], MID_2022);
    }
    expect(signerIdentityOf(RSA_SIGN, 'test')).toMatchObject({ iin: '123456789011', bin: null });
  });

  it('a changed byte in a GOST certificate breaks its issuer signature', () => {
    const der = new Uint8Array(CEO_GOST2004.der);
    const at = der.length - 100; // inside the tbsCertificate's extensions
    der[at] = (der[at] as number) ^ 1;
    expect(isIssuedBy(parseCertificate(der), GOST_CA)).toBe(false);
    expect(isIssuedBy(CEO_GOST2004, GOST_CA)).toBe(true);
    // And a GOST certificate is not accepted as issued by the RSA CA of the same names' family.
    expect(isIssuedBy(CEO_GOST2004, RSA_CA)).toBe(false);
  });
});

/** The cryptographic check of every SignerInfo (digest and signature), in order. */
const signersOf = (cms: ReturnType<typeof parseCms>, content: Uint8Array) =>
  cms.signerInfos.map((si, i) =>
    verifySignerInfo(si, cms.signedAttrs[i] ?? null, content, cms.contentType, cms.certificates),
  );

describe('NCA CMS made by Kalkan', () => {
  const after = new Date('2022-09-29T00:00:00Z');
  const signedAt = {
    'gost2015-and-rsa-attached': new Date('2022-09-27T21:17:59Z'),
    'gost2015-and-rsa-detached': new Date('2022-09-27T21:29:41Z'),
  };

  for (const [name, signedAt2015] of Object.entries(signedAt)) {
    it(`${name}: both signatures verify; the GOST 34.10-2015 signer chains to the 2015 CA`, () => {
      const cms = parseCms(file(`cms/${name}.cms`));
      expect(cms.signerInfos.map((si) => si.signatureAlgorithm.algorithm)).toEqual([
        '1.2.398.3.10.1.1.2.3.2',
        '1.2.840.113549.1.1.11',
      ]);
      const [gost, rsa] = signersOf(cms, CONTENT);
      expect(gost?.signingTime).toEqual(signedAt2015);
      const chain = buildChain(gost?.cert ?? RSA_CA, cms.certificates, trust);
      expect(chain.at(-1)).toBe(GOST2015_CA);
      checkValidity(chain, signedAt2015);
      expect(signerIdentityOf(gost?.cert ?? RSA_CA, 'test').iin).toBe('123456789012');
      expect(buildChain(rsa?.cert ?? RSA_CA, cms.certificates, trust).at(-1)).toBe(RSA_CA);
      // Tampered content: the GOST signer's messageDigest (Streebog-512) no longer matches.
      expect(codeOf(() => signersOf(cms, Buffer.from('test124')))).toBe('signature.content_mismatch');
    });
  }

  it('every signer is judged: the RSA co-signer signed after its certificate expired', async () => {
    // Kalkan's test made the RSA signature on 2022-09-27 with a key that expired on 2022-01-18.
    const result = await verifySignature(file('cms/gost2015-and-rsa-detached.cms'), {
      trust,
      now: after,
      content: CONTENT,
      revocation: null,
    });
    expect(result.code).toBe('signature.cert_expired');
    expect(result.params['subject']).toContain('IIN123456789011');
  });

  it('rsa-attached: the RSA signature verifies, its certificate had expired at the signing time', async () => {
    const cms = parseCms(file('cms/rsa-attached.cms'));
    const [signer] = signersOf(cms, cms.content ?? new Uint8Array());
    expect(buildChain(signer?.cert ?? GOST_CA, cms.certificates, trust).at(-1)).toBe(RSA_CA);
    const result = await verifySignature(file('cms/rsa-attached.cms'), {
      trust,
      now: after,
      revocation: null,
    });
    expect(result.code).toBe('signature.cert_expired');
  });
});

describe('NCA CRLs (RSA, GOST 2004 and GOST 2015 signed)', () => {
  const cases = [
    ['nca_rsa_test.crl', RSA_CA, key('key_individual_sign_revoked_2004'), RSA_SIGN, MID_2022],
    ['nca_gost_test.crl', GOST_CA, key('key_ceo_sign_revoked_2004'), CEO_GOST2004, MID_2022],
    [
      'nca_gost2022_test.crl',
      GOST2015_CA,
      key('key_ceo_revoked_2015'),
      key('key_individual_valid_2015'),
      new Date('2022-08-01T00:00:00Z'),
    ],
  ] as const;
  for (const [crlFile, issuer, revoked, valid, at] of cases) {
    it(`${crlFile}: the revoked key is refused, the valid one passes`, () => {
      const crl = parseCrl(file(`crl/${crlFile}`));
      expect(checkCrl(crl, revoked, issuer, at)).toMatchObject({ status: 'revoked', source: 'crl' });
      expect(checkCrl(crl, valid, issuer, at)).toMatchObject({ status: 'good' });
      // The CRL signature is checked: a changed byte makes it unusable.
      const bad = file(`crl/${crlFile}`);
      bad[bad.length - 10] = (bad[bad.length - 10] as number) ^ 1;
      expect(checkCrl(parseCrl(bad), revoked, issuer, at).status).toBe('unavailable');
    });
  }
});

describe('NCA OCSP answers', () => {
  const ocsp = (name: string) => file(`ocsp/${name}.bin`);
  const cases = [
    ['ocsp_response_individual_sign_2004', key('key_individual_valid_sign_2004'), RSA_CA, 'good'],
    ['ocsp_response_ceo_sign_2004_revoked', key('key_ceo_sign_revoked_2004'), GOST_CA, 'revoked'],
    ['ocsp_response_ceo_2015_revoked', key('key_ceo_revoked_2015'), GOST2015_CA, 'revoked'],
    // The responder puts this key on hold (certificateHold), which is a revocation for now.
    ['ocsp_response_individual_2015', key('key_individual_valid_2015'), GOST2015_CA, 'revoked'],
  ] as const;
  // The answers were produced on 2022-09-02 between 16:53 and 16:59 UTC, without nextUpdate.
  const soon = new Date('2022-09-02T18:00:00Z');
  for (const [name, subject, issuer, status] of cases) {
    it(`${name}: ${status} when fresh, unusable when a day old or answering another request`, () => {
      expect(checkOcspResponse(ocsp(name), subject, issuer, soon)).toMatchObject({ status, source: 'ocsp' });
      const dayLater = new Date(soon.getTime() + 25 * 3_600_000);
      const stale = checkOcspResponse(ocsp(name), subject, issuer, dayLater);
      expect(stale.status).toBe('unavailable');
      expect(
        checkOcspResponse(ocsp(name), subject, issuer, dayLater, { maxAgeMs: 48 * 3_600_000 }).status,
      ).toBe(status);
      // The responder echoed the nonce of NCANode's request; our request had another one.
      const other = checkOcspResponse(ocsp(name), subject, issuer, soon, { nonce: new Uint8Array(10) });
      expect(other).toMatchObject({ status: 'unavailable' });
    });
  }

  it('an answer about another certificate does not count', () => {
    const answer = checkOcspResponse(
      ocsp('ocsp_response_ceo_2015_revoked'),
      key('key_individual_valid_2015'),
      GOST2015_CA,
      soon,
    );
    expect(answer).toMatchObject({
      status: 'unavailable',
      reason: 'response does not cover the certificate',
    });
  });
});
