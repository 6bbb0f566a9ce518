/**
 * XML-DSig must cover the whole document. A Reference to one element (URI="#id") leaves the
 * rest open: xmlsec1 (the reference implementation) still says "OK" after the unsigned part is
 * edited, because it checks references, not coverage. Ruqsat refuses such a signature unless
 * the caller asks for exactly that part.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SignedXml } from 'xml-crypto';
import { toPem } from '../../src/signature/certificate.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import type { SigningKey } from '../../src/signature/sign.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { signXml } from '../../src/signature/xmldsig.ts';
import { NOW, TEST_IIN, fixture, type Fixture } from './fixtures.ts';

const DOC = '<application><part Id="signed"><amount>100</amount></part><payee>KZ001</payee></application>';

let f: Fixture;
let key: SigningKey;
let partSigned: string;

/** Signs only <part Id="signed"> (Reference URI="#signed"), enveloped in the root. */
function signPart(xml: string): string {
  const sig = new SignedXml({
    privateKey: key.key.export({ type: 'pkcs8', format: 'pem' }),
    publicCert: toPem(key.certificate.der, 'CERTIFICATE'),
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "//*[@Id='signed']",
    transforms: ['http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { location: { reference: '/*', action: 'append' } });
  return sig.getSignedXml();
}

beforeAll(async () => {
  f = await fixture();
  key = await f.key({ iin: TEST_IIN });
  partSigned = signPart(DOC);
  expect(partSigned).toContain('URI="#signed"');
});

const verify = (xml: string, xmlSignedPart?: string) =>
  verifySignature(new Uint8Array(Buffer.from(xml)), {
    trust: f.trust,
    now: NOW,
    revocation: new OcspSimulator(),
    xmlSignedPart,
  });

const edited = (xml: string) => xml.replace('<payee>KZ001</payee>', '<payee>KZ999</payee>');

describe('XML-DSig covers the whole document', () => {
  it('a signature over one element is refused: signature.partial_reference', async () => {
    const r = await verify(partSigned);
    expect(r.code).toBe('signature.partial_reference');
    expect(r.params['reference']).toBe('#signed');
  });

  it('an edit to the unsigned part is refused', async () => {
    expect((await verify(edited(partSigned))).code).toBe('signature.partial_reference');
  });

  it('the caller may ask for exactly that part; an edit inside it still fails', async () => {
    expect((await verify(partSigned, '#signed')).code).toBe('ok');
    expect((await verify(partSigned.replace('>100<', '>900<'), '#signed')).code).toBe(
      'signature.content_mismatch',
    );
    // Asking for another part does not accept this one.
    expect((await verify(partSigned, '#other')).code).toBe('signature.partial_reference');
  });

  it('a whole-document signature (URI="") verifies, and any edit breaks it', async () => {
    const whole = signXml(DOC, key.key, key.certificate.der);
    expect((await verify(whole)).code).toBe('ok');
    expect((await verify(edited(whole))).code).toBe('signature.content_mismatch');
    // Naming a part does not accept a signature over the whole document either.
    expect((await verify(whole, '#signed')).code).toBe('signature.partial_reference');
  });
});

const xmlsec1 = ['/usr/bin/xmlsec1', '/usr/local/bin/xmlsec1'].find((p) => existsSync(p));

describe.skipIf(xmlsec1 === undefined)('cross-check with xmlsec1', () => {
  const run = (xml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-xmlsec-'));
    writeFileSync(join(dir, 'doc.xml'), xml);
    writeFileSync(join(dir, 'cert.pem'), toPem(key.certificate.der, 'CERTIFICATE'));
    try {
      execFileSync(
        xmlsec1 ?? 'xmlsec1',
        [
          '--verify',
          '--pubkey-cert-pem',
          join(dir, 'cert.pem'),
          '--id-attr:Id',
          'part',
          join(dir, 'doc.xml'),
        ],
        { stdio: 'pipe' },
      );
      return 'OK';
    } catch {
      return 'FAIL';
    }
  };

  it('xmlsec1 accepts the edited part-signed document (so coverage is Ruqsat’s check)', () => {
    expect(run(partSigned)).toBe('OK');
    expect(run(edited(partSigned))).toBe('OK');
    expect(run(partSigned.replace('>100<', '>900<'))).toBe('FAIL');
  });

  it('xmlsec1 and Ruqsat agree on the whole-document signature', async () => {
    const whole = signXml(DOC, key.key, key.certificate.der);
    expect(run(whole)).toBe('OK');
    expect(run(edited(whole))).toBe('FAIL');
  });
});
