/**
 * Signing results with the official's key: a detached CMS (CAdES-BES) with the signer's
 * certificate, the signing time and the signing-certificate attribute, which `verifySignature`
 * reads back. Signing is synchronous node:crypto; the key comes from PKCS#12 or PEM.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  type KeyObject,
} from 'node:crypto';
import * as asn1js from 'asn1js';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  Attribute,
  CertificateChoices,
  CertificateSet,
  ContentInfo,
  DigestAlgorithmIdentifier,
  EncapsulatedContent,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignatureAlgorithmIdentifier,
  SignedData,
  SignerIdentifier,
  SignerInfo,
  SignerInfos,
  DigestAlgorithmIdentifiers,
  CMSVersion,
} from '@peculiar/asn1-cms';
import { Certificate } from '@peculiar/asn1-x509';
import { AppError } from '../errors/app-error.ts';
import { bytesEqual, parseCertificate, pemBlocks, type ParsedCertificate } from './certificate.ts';
import { OID } from './oids.ts';
import { readPkcs12 } from './pkcs12.ts';

export interface SigningKey {
  key: KeyObject;
  certificate: ParsedCertificate;
  chain: readonly ParsedCertificate[];
}

/** The official's key from a PKCS#12 file. */
export function signingKeyFromPkcs12(bytes: Uint8Array, password: string): SigningKey {
  return readPkcs12(bytes, password);
}

/** The official's key from PEM: a private key (optionally encrypted) and one or more certificates, leaf first. */
export function signingKeyFromPem(keyPem: string, certificatesPem: string, password?: string): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey(password === undefined ? keyPem : { key: keyPem, passphrase: password });
  } catch (error) {
    throw new AppError(
      'signature.key_unreadable',
      'PEM private key',
      { reason: 'PEM private key' },
      { cause: error },
    );
  }
  const certs = pemBlocks(certificatesPem, 'CERTIFICATE').map(parseCertificate);
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const certificate = certs.find((c) =>
    bytesEqual(c.x509.publicKey.export({ type: 'spki', format: 'der' }), spki),
  );
  if (certificate === undefined)
    throw new AppError('signature.key_unreadable', 'no certificate for the key', {
      reason: 'no certificate for the key',
    });
  return { key, certificate, chain: certs.filter((c) => c !== certificate) };
}

const ber = (n: asn1js.AsnType): ArrayBuffer => n.toBER(false);
const attr = (type: string, value: ArrayBuffer) => new Attribute({ attrType: type, attrValues: [value] });

/** CAdES signing-certificate-v2 (RFC 5035): binds the signature to this certificate, SHA-256 by default. */
function signingCertificateV2(certDer: Uint8Array): ArrayBuffer {
  const hash = createHash('sha256').update(certDer).digest();
  return ber(
    new asn1js.Sequence({
      value: [
        new asn1js.Sequence({
          value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: hash })] })],
        }),
      ],
    }),
  );
}

export interface CmsSignature {
  der: Uint8Array;
  base64: string;
}

/**
 * Signs `content` with `key`: a detached CMS with signer certificate (and chain), signingTime
 * `now`, messageDigest SHA-256 and signingCertificateV2. RSA keys sign with PKCS#1 v1.5, EC keys
 * with ECDSA — the algorithms NCALayer produces for RSA and what browsers' WebCrypto offers.
 */
export function signDetached(content: Uint8Array, signer: SigningKey, now: Date): CmsSignature {
  return signCms(content, signer, now, { detached: true });
}

/** The same with the content inside (as NCALayer's createCAdESFromBase64 with attached = true). */
export function signAttached(content: Uint8Array, signer: SigningKey, now: Date): CmsSignature {
  return signCms(content, signer, now, { detached: false });
}

function signCms(
  content: Uint8Array,
  signer: SigningKey,
  now: Date,
  { detached }: { detached: boolean },
): CmsSignature {
  const ec = signer.key.asymmetricKeyType === 'ec';
  if (!ec && signer.key.asymmetricKeyType !== 'rsa')
    throw new AppError('signature.unsupported_algorithm', `signing key ${signer.key.asymmetricKeyType}`, {
      algorithm: String(signer.key.asymmetricKeyType),
    });
  const cert = AsnConvert.parse(signer.certificate.der, Certificate);
  const time =
    now.getUTCFullYear() < 2050
      ? new asn1js.UTCTime({ valueDate: now })
      : new asn1js.GeneralizedTime({ valueDate: now });
  const attrs = [
    attr(OID.contentType, ber(new asn1js.ObjectIdentifier({ value: OID.data }))),
    attr(OID.signingTime, ber(time)),
    attr(
      OID.messageDigest,
      ber(new asn1js.OctetString({ valueHex: createHash('sha256').update(content).digest() })),
    ),
    attr(OID.signingCertificateV2, signingCertificateV2(signer.certificate.der)),
  ];
  // DER sorts SET OF by encoding; sort once so the SET we sign is the one we send.
  const encoded = attrs
    .map((a) => ({ a, der: Buffer.from(AsnConvert.serialize(a)) }))
    .sort((x, y) => Buffer.compare(x.der, y.der));
  const setBody = Buffer.concat(encoded.map((e) => e.der));
  const signedSet = Buffer.from(
    new asn1js.Set({ value: encoded.map((e) => asn1js.fromBER(new Uint8Array(e.der)).result) }).toBER(false),
  );
  if (!signedSet.subarray(signedSet.length - setBody.length).equals(setBody))
    throw new Error('signed attributes encoding mismatch');
  const signature = cryptoSign(
    'sha256',
    signedSet,
    ec ? { key: signer.key, dsaEncoding: 'der' } : signer.key,
  );
  const signerInfo = new SignerInfo({
    version: CMSVersion.v1,
    sid: new SignerIdentifier({
      issuerAndSerialNumber: new IssuerAndSerialNumber({
        issuer: cert.tbsCertificate.issuer,
        serialNumber: cert.tbsCertificate.serialNumber,
      }),
    }),
    digestAlgorithm: new DigestAlgorithmIdentifier({ algorithm: OID.sha256, parameters: null }),
    signedAttrs: encoded.map((e) => e.a),
    signatureAlgorithm: new SignatureAlgorithmIdentifier(
      ec ? { algorithm: OID.ecdsaWithSha256 } : { algorithm: OID.sha256WithRsa, parameters: null },
    ),
    signature: new OctetString(signature),
  });
  const signedData = new SignedData({
    version: CMSVersion.v1,
    digestAlgorithms: new DigestAlgorithmIdentifiers([
      new DigestAlgorithmIdentifier({ algorithm: OID.sha256, parameters: null }),
    ]),
    encapContentInfo: new EncapsulatedContentInfo({
      eContentType: OID.data,
      ...(detached ? {} : { eContent: new EncapsulatedContent({ single: new OctetString(content) }) }),
    }),
    certificates: new CertificateSet(
      [signer.certificate, ...signer.chain].map(
        (c) => new CertificateChoices({ certificate: AsnConvert.parse(c.der, Certificate) }),
      ),
    ),
    signerInfos: new SignerInfos([signerInfo]),
  });
  const der = new Uint8Array(
    AsnConvert.serialize(
      new ContentInfo({ contentType: OID.signedData, content: AsnConvert.serialize(signedData) }),
    ),
  );
  return { der, base64: Buffer.from(der).toString('base64') };
}
