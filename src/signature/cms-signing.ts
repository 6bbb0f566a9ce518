/**
 * The one CMS (CAdES-BES) signer, shared by the server and the browser: it builds the SignedData
 * NCALayer makes — signed attributes contentType, signingTime, messageDigest and
 * signingCertificateV2, the signer certificate and its chain — and leaves the private-key
 * operation to the caller, who signs `toBeSigned` with whatever holds the key (node:crypto,
 * WebCrypto, a GOST implementation, a PKCS#11 token) and hands the signature to `finish`.
 * No node:* imports: Vite bundles it for the web pages.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import {
  Attribute,
  CertificateChoices,
  CertificateSet,
  CMSVersion,
  ContentInfo,
  DigestAlgorithmIdentifier,
  DigestAlgorithmIdentifiers,
  EncapsulatedContent,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignatureAlgorithmIdentifier,
  SignedData,
  SignerIdentifier,
  SignerInfo,
  SignerInfos,
} from '@peculiar/asn1-cms';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { OID } from './oids.ts';

/** How a signer digests and names its signature; the key itself stays with the caller. */
export interface CmsSignerAlgorithm {
  /** The digest for messageDigest and the SignerInfo's digestAlgorithm. */
  digest: { oid: string; hash: (data: Uint8Array) => Uint8Array };
  /** The SignerInfo's signatureAlgorithm; `nullParameters` writes NULL parameters (RSA does). */
  signature: { oid: string; nullParameters?: boolean };
}

const SHA256 = { oid: OID.sha256, hash: (data: Uint8Array) => sha256(data) };
/** RSA PKCS#1 v1.5 with SHA-256, as NCALayer signs with RSA keys. */
export const RSA_SHA256: CmsSignerAlgorithm = {
  digest: SHA256,
  signature: { oid: OID.sha256WithRsa, nullParameters: true },
};
/** ECDSA with SHA-256 (DER-encoded r and s), what browsers' WebCrypto offers besides RSA. */
export const ECDSA_SHA256: CmsSignerAlgorithm = { digest: SHA256, signature: { oid: OID.ecdsaWithSha256 } };

export interface CmsSignRequest {
  content: Uint8Array;
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  /** Further certificates to include (issuing CA, root), DER. */
  chain: readonly Uint8Array[];
  algorithm: CmsSignerAlgorithm;
  /** The signingTime attribute. */
  now: Date;
  /** Leave the content out (detached, as POST /applications/:id/submit expects) or put it in. */
  detached: boolean;
  /** The content's type; id-data unless told (a time-stamp token signs a TSTInfo). */
  contentType?: string | undefined;
}

export interface PreparedCms {
  /** The DER SET of signed attributes: what the private key signs. */
  toBeSigned: Uint8Array;
  /** The ContentInfo (SignedData) around the signature over `toBeSigned`, DER. */
  finish(signature: Uint8Array): Uint8Array;
}

const attribute = (type: string, value: asn1js.AsnType) =>
  new Attribute({ attrType: type, attrValues: [value.toBER(false)] });

/** CAdES signing-certificate-v2 (RFC 5035) with SHA-256, the default hash (so no AlgorithmIdentifier). */
const signingCertificateV2 = (certificate: Uint8Array) =>
  new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(certificate) })] })],
      }),
    ],
  });

const compareBytes = (a: Uint8Array, b: Uint8Array): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
};

/** Builds the signed attributes for `request`; `finish` wraps the caller's signature into the CMS. */
export function prepareCms(request: CmsSignRequest): PreparedCms {
  const { content, certificate, chain, algorithm, now, detached } = request;
  const contentType = request.contentType ?? OID.data;
  const time =
    now.getUTCFullYear() < 2050
      ? new asn1js.UTCTime({ valueDate: now })
      : new asn1js.GeneralizedTime({ valueDate: now });
  // DER sorts a SET OF by encoding: sort once, so the SET we sign is the SET we send.
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: contentType })),
    attribute(OID.signingTime, time),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: algorithm.digest.hash(content) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(certificate)),
  ]
    .map((a) => ({ a, der: new Uint8Array(AsnConvert.serialize(a)) }))
    .sort((x, y) => compareBytes(x.der, y.der));
  const toBeSigned = new Uint8Array(
    new asn1js.Set({ value: attributes.map((e) => asn1js.fromBER(e.der).result) }).toBER(false),
  );
  const cert = AsnConvert.parse(certificate, Certificate);
  const digestAlgorithm = new DigestAlgorithmIdentifier({
    algorithm: algorithm.digest.oid,
    parameters: null,
  });
  return {
    toBeSigned,
    finish(signature: Uint8Array): Uint8Array {
      const signerInfo = new SignerInfo({
        version: CMSVersion.v1,
        sid: new SignerIdentifier({
          issuerAndSerialNumber: new IssuerAndSerialNumber({
            issuer: cert.tbsCertificate.issuer,
            serialNumber: cert.tbsCertificate.serialNumber,
          }),
        }),
        digestAlgorithm,
        signedAttrs: attributes.map((e) => e.a),
        signatureAlgorithm: new SignatureAlgorithmIdentifier({
          algorithm: algorithm.signature.oid,
          ...(algorithm.signature.nullParameters ? { parameters: null } : {}),
        }),
        signature: new OctetString(signature),
      });
      const signedData = new SignedData({
        version: CMSVersion.v1,
        digestAlgorithms: new DigestAlgorithmIdentifiers([digestAlgorithm]),
        encapContentInfo: new EncapsulatedContentInfo({
          eContentType: contentType,
          ...(detached ? {} : { eContent: new EncapsulatedContent({ single: new OctetString(content) }) }),
        }),
        certificates: new CertificateSet(
          [certificate, ...chain].map(
            (c) => new CertificateChoices({ certificate: AsnConvert.parse(c, Certificate) }),
          ),
        ),
        signerInfos: new SignerInfos([signerInfo]),
      });
      return new Uint8Array(
        AsnConvert.serialize(
          new ContentInfo({ contentType: OID.signedData, content: AsnConvert.serialize(signedData) }),
        ),
      );
    },
  };
}
