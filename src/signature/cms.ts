/**
 * CMS / CAdES SignedData (RFC 5652), attached or detached, as NCALayer's
 * `createCAdESFromBase64` makes it: parsing and the cryptographic check of each signer, pure and
 * synchronous. The certificate checks are in checks.ts; revocation is a port (revocation.ts).
 */
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { SignerInfo } from '@peculiar/asn1-cms';
import { Time } from '@peculiar/asn1-x509';
import { AppError } from '../errors/app-error.ts';
import { digest, verifyWith } from './algorithms.ts';
import { bytesEqual, parseCertificate, publicKeyOf, type ParsedCertificate } from './certificate.ts';
import { DerError, bytesOf, childrenOf, octetsOf, oidOf, readTlv, type Tlv } from './der.ts';
import { OID } from './oids.ts';

export interface CmsSigner {
  cert: ParsedCertificate;
  /** The signingTime attribute: the signer's own claim, not a trusted timestamp. */
  signingTime: Date | null;
}

export interface ParsedCms {
  /** The encapsulated content, or null for a detached signature. */
  content: Uint8Array | null;
  contentType: string;
  certificates: ParsedCertificate[];
  signerInfos: SignerInfo[];
  /** Each signer's signed attributes exactly as received, or null when it has none. */
  signedAttrs: (Uint8Array | null)[];
}

const u8 = (b: ArrayBuffer): Uint8Array => new Uint8Array(b);

const malformed = (reason: string, cause?: unknown) =>
  new AppError('signature.malformed', `CMS: ${reason}`, { reason }, { cause });

/**
 * The certificates field, each as the exact DER received: re-encoding a parsed certificate could
 * change its bytes and so its signature and hash.
 */
/**
 * Parses a DER ContentInfo holding SignedData; anything else is `signature.malformed`. The
 * structure is walked with der.ts and only each SignerInfo goes through @peculiar's schema:
 * parsing the whole SignedData that way re-parses every certificate, and asn1js builds an
 * object per node; the two cost 8.8 ms of a 9 ms verification (bench/signature.bench.ts).
 * Certificates and signed attributes are kept as the exact bytes received.
 */
export function parseCms(der: Uint8Array): ParsedCms {
  let parts: Tlv[];
  try {
    const info = readTlv(der, 0);
    if (info.tag !== 0x30 || info.end !== der.length) throw malformed('not a CMS ContentInfo');
    const [type, wrapped] = childrenOf(der, info);
    if (type === undefined || wrapped === undefined || wrapped.tag !== 0xa0)
      throw malformed('not a CMS ContentInfo');
    const contentType = oidOf(der, type);
    if (contentType !== OID.signedData) throw malformed(`content type ${contentType} is not SignedData`);
    const signedData = childrenOf(der, wrapped)[0];
    if (signedData?.tag !== 0x30) throw malformed('SignedData');
    parts = childrenOf(der, signedData);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformed(error instanceof DerError ? error.message : 'not a CMS ContentInfo', error);
  }
  try {
    const encap = parts[2];
    const last = parts[parts.length - 1];
    if (parts.length < 4 || encap?.tag !== 0x30 || last?.tag !== 0x31) throw malformed('SignedData fields');
    const [eContentType, eContent] = childrenOf(der, encap);
    if (eContentType === undefined) throw malformed('encapsulated content type');
    let content: Uint8Array | null = null;
    if (eContent !== undefined) {
      const inner = childrenOf(der, eContent)[0];
      if (inner === undefined) throw malformed('encapsulated content');
      content = octetsOf(der, inner);
    }
    const certs = parts.find((p) => p.tag === 0xa0);
    const certificates = certs === undefined ? [] : childrenOf(der, certs).filter((c) => c.tag === 0x30);
    const signers = childrenOf(der, last);
    if (signers.length === 0) throw malformed('no signer');
    return {
      content,
      contentType: oidOf(der, eContentType),
      certificates: certificates.map((c) => parseCertificate(bytesOf(der, c))),
      signerInfos: signers.map((si) => AsnConvert.parse(bytesOf(der, si), SignerInfo)),
      // The signed attributes as received ([0] IMPLICIT SET OF): the signature covers these bytes.
      signedAttrs: signers.map((si) => {
        const attrs = childrenOf(der, si).find((el) => el.tag === 0xa0);
        return attrs === undefined ? null : bytesOf(der, attrs);
      }),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformed(error instanceof DerError ? error.message : 'SignedData', error);
  }
}

function attribute(si: SignerInfo, oid: string): ArrayBuffer | null {
  const attr = si.signedAttrs?.find((a) => a.attrType === oid);
  if (attr === undefined) return null;
  if (attr.attrValues.length !== 1) throw malformed(`attribute ${oid} must have one value`);
  return attr.attrValues[0] as ArrayBuffer;
}

/** The certificate a SignerInfo names, among those the signature carries (or the extra ones). */
function signerCertificate(si: SignerInfo, certs: readonly ParsedCertificate[]): ParsedCertificate {
  const { issuerAndSerialNumber: ias, subjectKeyIdentifier: ski } = si.sid;
  const found = certs.find((c) => {
    if (ias !== undefined) {
      const serial = Buffer.from(ias.serialNumber)
        .toString('hex')
        .replace(/^0+(?=.)/, '');
      return serial === c.serial && bytesEqual(u8(AsnConvert.serialize(ias.issuer)), c.issuerDer);
    }
    if (ski !== undefined) {
      return c.subjectKeyId !== null && bytesEqual(c.subjectKeyId, u8(ski.buffer));
    }
    return false;
  });
  if (found === undefined) throw malformed('the signer certificate is not in the signature');
  return found;
}

/**
 * Checks one SignerInfo against the content: the messageDigest attribute is the content's
 * digest (else `content_mismatch`: the document was changed after signing), then the signature
 * verifies over the signed attributes (else `invalid_signature`).
 */
export function verifySignerInfo(
  si: SignerInfo,
  signedAttrsDer: Uint8Array | null,
  content: Uint8Array,
  contentType: string,
  certs: readonly ParsedCertificate[],
): CmsSigner {
  const cert = signerCertificate(si, certs);
  const key = publicKeyOf(cert);
  const digestOid = si.digestAlgorithm.algorithm;
  let signedBytes: Uint8Array = content;
  let signingTime: Date | null = null;
  if (si.signedAttrs !== undefined) {
    const ct = attribute(si, OID.contentType);
    const md = attribute(si, OID.messageDigest);
    if (ct === null || md === null) throw malformed('contentType and messageDigest attributes are required');
    let claimedDigest: Uint8Array;
    try {
      const ctBytes = new Uint8Array(ct);
      if (oidOf(ctBytes, readTlv(ctBytes, 0)) !== contentType)
        throw malformed('contentType attribute differs from the content');
      claimedDigest = u8(AsnConvert.parse(md, OctetString).buffer);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw malformed('signed attributes', error);
    }
    const actual = digest(digestOid, content);
    if (!bytesEqual(actual, claimedDigest))
      throw new AppError('signature.content_mismatch', 'messageDigest differs from the content digest');
    const st = attribute(si, OID.signingTime);
    if (st !== null) {
      try {
        signingTime = AsnConvert.parse(st, Time).getTime();
      } catch (error) {
        throw malformed('signingTime', error);
      }
    }
    if (signedAttrsDer === null) throw malformed('signed attributes');
    // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are sent in.
    const raw = new Uint8Array(signedAttrsDer);
    raw[0] = 0x31;
    signedBytes = raw;
  }
  const ok = verifyWith(
    { oid: si.signatureAlgorithm.algorithm, params: si.signatureAlgorithm.parameters ?? null },
    si.digestAlgorithm.algorithm,
    key,
    signedBytes,
    u8(si.signature.buffer),
  );
  if (!ok) throw new AppError('signature.invalid_signature', `signature of ${cert.subject} does not verify`);
  return { cert, signingTime };
}
