/**
 * What a browser does: read the PKCS#12 key, import it into WebCrypto, build the CMS with pkijs
 * on top of WebCrypto. Ruqsat's verifier must accept it.
 */
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import { pkcs12Of, signingKeyFromPkcs12 } from '../../src/signature/sign.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { NOW, TEST_IIN, fixture, type Fixture } from './fixtures.ts';

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
  pkijs.setEngine(
    'node-webcrypto',
    new pkijs.CryptoEngine({
      name: 'node-webcrypto',
      crypto: webcrypto,
    }) as unknown as pkijs.ICryptoEngine,
  );
});

async function browserSign(p12: Uint8Array, password: string, content: Uint8Array, detached: boolean) {
  const { key, certificate } = signingKeyFromPkcs12(p12, password);
  const ec = key.asymmetricKeyType === 'ec';
  const algorithm = ec
    ? { name: 'ECDSA', namedCurve: 'P-256' }
    : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const privateKey = await webcrypto.subtle.importKey(
    'pkcs8',
    key.export({ type: 'pkcs8', format: 'der' }),
    algorithm,
    false,
    ['sign'],
  );
  const cert = pkijs.Certificate.fromBER(certificate.der);
  const digest = await webcrypto.subtle.digest('SHA-256', Buffer.from(content));
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: '1.2.840.113549.1.7.1',
      ...(detached ? {} : { eContent: new asn1js.OctetString({ valueHex: content }) }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.3',
              values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })],
            }),
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.5',
              values: [new asn1js.UTCTime({ valueDate: NOW })],
            }),
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.4',
              values: [new asn1js.OctetString({ valueHex: digest })],
            }),
          ],
        }),
      }),
    ],
    certificates: [cert],
  });
  await signedData.sign(privateKey, 0, 'SHA-256', detached ? content : undefined);
  const info = new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(info.toSchema().toBER(false));
}

describe('a signature made with WebCrypto (as a browser would) verifies', () => {
  for (const keyAlgorithm of ['rsa', 'ecdsa'] as const)
    for (const detached of [true, false])
      it(`${keyAlgorithm}, ${detached ? 'detached' : 'attached'}`, async () => {
        const k = await f.key({ iin: TEST_IIN, keyAlgorithm });
        const p12 = pkcs12Of({ ...k, chain: [] }, 'Qwerty12');
        const content = new Uint8Array(Buffer.from('{"application":"from the browser"}'));
        const der = await browserSign(p12, 'Qwerty12', content, detached);
        const r = await verifySignature(der, {
          trust: f.trust,
          now: NOW,
          content: detached ? content : undefined,
          expectIin: TEST_IIN,
          revocation: new OcspSimulator(),
        });
        expect({ code: r.code, message: r.message }).toEqual({ code: 'ok', message: 'ok' });
        expect(r.signedAt).toBe(new Date(Math.floor(NOW.getTime() / 1000) * 1000).toISOString());
      });
});
