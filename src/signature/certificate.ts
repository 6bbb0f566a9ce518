/**
 * X.509 certificates as the signature checks need them: the subject's IIN/BIN where the
 * national CA puts them, key usage, extended key usage, policies, revocation pointers. Parsing
 * is by @peculiar/asn1-x509 (pure, synchronous); the issuer-signature check uses node:crypto's
 * X509Certificate, which verifies the exact bytes received rather than a re-encoding.
 */
import { KeyObject, X509Certificate, createHash } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { Name } from '@peculiar/asn1-x509';
import {
  AuthorityInfoAccessSyntax,
  BasicConstraints,
  Certificate,
  CertificatePolicies,
  CRLDistributionPoints,
  ExtendedKeyUsage,
  KeyUsage,
  KeyUsageFlags,
  SubjectKeyIdentifier,
} from '@peculiar/asn1-x509';
import { AppError } from '../errors/app-error.ts';
import { verifyWith, type VerificationKey } from './algorithms.ts';
import { bytesOf, childrenOf, readTlv, valueOf } from './der.ts';
import { gostPublicKey } from './gost.ts';
import { OID, isGostOid } from './oids.ts';

export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign';

const KEY_USAGE_BITS: readonly [KeyUsageName, number][] = [
  ['digitalSignature', KeyUsageFlags.digitalSignature],
  ['nonRepudiation', KeyUsageFlags.nonRepudiation],
  ['keyEncipherment', KeyUsageFlags.keyEncipherment],
  ['dataEncipherment', KeyUsageFlags.dataEncipherment],
  ['keyAgreement', KeyUsageFlags.keyAgreement],
  ['keyCertSign', KeyUsageFlags.keyCertSign],
  ['cRLSign', KeyUsageFlags.cRLSign],
];

export interface ParsedCertificate {
  der: Uint8Array;
  /** Serial number, lower-case hex without leading zeros (as CRLs and OCSP compare it). */
  serial: string;
  subject: string;
  issuer: string;
  /** DER of the subject and issuer names, compared byte for byte when building a chain. */
  subjectDer: Uint8Array;
  issuerDer: Uint8Array;
  subjectAttributes: ReadonlyMap<string, string[]>;
  notBefore: Date;
  notAfter: Date;
  /** null when the certificate has no keyUsage extension (any usage allowed). */
  keyUsage: readonly KeyUsageName[] | null;
  /** null when the certificate has no extendedKeyUsage extension. */
  extKeyUsage: readonly string[] | null;
  policies: readonly string[];
  isCa: boolean;
  subjectKeyId: Uint8Array | null;
  crlUrls: readonly string[];
  ocspUrls: readonly string[];
  signatureAlgorithm: string;
  publicKeyAlgorithm: string;
  /** The exact bytes the issuer signed, the signature over them, and the subject's key info. */
  tbsDer: Uint8Array;
  signatureValue: Uint8Array;
  spkiDer: Uint8Array;
  /** Subject serialNumber "IIN…" (national CA profile), or null. */
  iin: string | null;
  /** Subject OU "BIN…" (national CA profile: the employer of a legal entity's employee), or null. */
  bin: string | null;
  x509: X509Certificate;
}

const u8 = (b: ArrayBuffer | ArrayBufferView): Uint8Array =>
  b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

const SHORT_NAMES: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.surname]: 'SURNAME',
  [OID.serialNumber]: 'SERIALNUMBER',
  [OID.country]: 'C',
  [OID.locality]: 'L',
  [OID.state]: 'S',
  [OID.organization]: 'O',
  [OID.organizationalUnit]: 'OU',
  [OID.givenName]: 'G',
  [OID.email]: 'E',
};

function nameAttributes(name: Name): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rdn of name)
    for (const atv of rdn) {
      const list = out.get(atv.type) ?? [];
      list.push(atv.value.toString());
      out.set(atv.type, list);
    }
  return out;
}

function nameString(name: Name): string {
  const parts: string[] = [];
  for (const rdn of name)
    for (const atv of rdn) parts.push(`${SHORT_NAMES[atv.type] ?? atv.type}=${atv.value.toString()}`);
  return parts.join(', ');
}

/** The value after a prefix ("IIN", "BIN") in any of the attribute's values. */
function prefixed(values: readonly string[] | undefined, prefix: string): string | null {
  for (const v of values ?? []) if (v.toUpperCase().startsWith(prefix)) return v.slice(prefix.length).trim();
  return null;
}

function extension<T>(cert: Certificate, oid: string, type: new () => T): T | null {
  const ext = cert.tbsCertificate.extensions?.find((e) => e.extnID === oid);
  return ext === undefined ? null : AsnConvert.parse(ext.extnValue, type);
}

/**
 * Parsed certificates by SHA-256 of their DER. Parsing with @peculiar/asn1-schema costs ~3 ms
 * per certificate, more than everything else in a verification; the CA certificates come with
 * every signature and officials sign many results, so a content-addressed cache (nothing in it
 * can go stale) is one of the two changes that took `signature.verify` from 186 to 2,537
 * verifications/s (the other: der.ts instead of schema-parsing the whole SignedData).
 */
const parsedCache = new Map<string, ParsedCertificate>();
const CACHE_LIMIT = 4096;

/** Parses one DER certificate; anything unreadable is `signature.malformed`. */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const key = createHash('sha256').update(der).digest('base64');
  const hit = parsedCache.get(key);
  if (hit !== undefined) return hit;
  const parsed = parseUncached(new Uint8Array(der));
  if (parsedCache.size >= CACHE_LIMIT) parsedCache.delete(parsedCache.keys().next().value as string);
  parsedCache.set(key, parsed);
  return parsed;
}

function parseUncached(der: Uint8Array): ParsedCertificate {
  try {
    const cert = AsnConvert.parse(der, Certificate);
    const tbs = cert.tbsCertificate;
    const ku = extension(cert, OID.keyUsage, KeyUsage);
    const eku = extension(cert, OID.extKeyUsage, ExtendedKeyUsage);
    const policies = extension(cert, OID.certificatePolicies, CertificatePolicies);
    const bc = extension(cert, OID.basicConstraints, BasicConstraints);
    const cdp = extension(cert, OID.crlDistributionPoints, CRLDistributionPoints);
    const aia = extension(cert, OID.authorityInfoAccess, AuthorityInfoAccessSyntax);
    const ski = extension(cert, OID.subjectKeyIdentifier, SubjectKeyIdentifier);
    const subjectAttributes = nameAttributes(tbs.subject);
    const crlUrls: string[] = [];
    for (const dp of cdp ?? [])
      for (const gn of dp.distributionPoint?.fullName ?? [])
        if (gn.uniformResourceIdentifier !== undefined) crlUrls.push(gn.uniformResourceIdentifier);
    const ocspUrls = (aia ?? [])
      .filter((ad) => ad.accessMethod === OID.ocspAccessMethod)
      .flatMap((ad) =>
        ad.accessLocation.uniformResourceIdentifier === undefined
          ? []
          : [ad.accessLocation.uniformResourceIdentifier],
      );
    const serialBytes = u8(tbs.serialNumber);
    // The signed part as received (a re-encoding could differ), located by the DER walker.
    const [tbsTlv, , sigTlv] = childrenOf(der, readTlv(der, 0));
    if (tbsTlv === undefined || sigTlv?.tag !== 0x03) throw new Error('certificate structure');
    const tbsFields = childrenOf(der, tbsTlv);
    const spkiTlv = tbsFields[tbsFields[0]?.tag === 0xa0 ? 6 : 5];
    if (spkiTlv === undefined) throw new Error('subjectPublicKeyInfo');
    return {
      der,
      serial: Buffer.from(serialBytes)
        .toString('hex')
        .replace(/^0+(?=.)/, ''),
      subject: nameString(tbs.subject),
      issuer: nameString(tbs.issuer),
      subjectDer: u8(AsnConvert.serialize(tbs.subject)),
      issuerDer: u8(AsnConvert.serialize(tbs.issuer)),
      subjectAttributes,
      notBefore: tbs.validity.notBefore.getTime(),
      notAfter: tbs.validity.notAfter.getTime(),
      keyUsage:
        ku === null
          ? null
          : KEY_USAGE_BITS.filter(([, bit]) => (ku.toNumber() & bit) !== 0).map(([name]) => name),
      extKeyUsage: eku === null ? null : eku.map((e) => String(e)),
      policies: (policies ?? []).map((p) => p.policyIdentifier),
      isCa: bc?.cA === true,
      subjectKeyId: ski === null ? null : u8(ski.buffer),
      crlUrls,
      ocspUrls,
      signatureAlgorithm: cert.signatureAlgorithm.algorithm,
      publicKeyAlgorithm: tbs.subjectPublicKeyInfo.algorithm.algorithm,
      tbsDer: bytesOf(der, tbsTlv),
      signatureValue: valueOf(der, sigTlv).subarray(1),
      spkiDer: bytesOf(der, spkiTlv),
      iin: prefixed(subjectAttributes.get(OID.serialNumber), 'IIN'),
      bin: prefixed(subjectAttributes.get(OID.organizationalUnit), 'BIN'),
      x509: new X509Certificate(der),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'signature.malformed',
      `certificate: ${String(error)}`,
      { reason: 'certificate' },
      {
        cause: error,
      },
    );
  }
}

/** The certificate's public key; a GOST key is read here, OpenSSL does not know the NCA's. */
export function publicKeyOf(cert: ParsedCertificate): VerificationKey {
  if (isGostOid(cert.publicKeyAlgorithm)) return gostPublicKey(cert.spkiDer);
  try {
    return cert.x509.publicKey;
  } catch (error) {
    throw new AppError(
      'signature.unsupported_algorithm',
      `public key ${cert.publicKeyAlgorithm}`,
      { algorithm: cert.publicKeyAlgorithm },
      { cause: error },
    );
  }
}

/** Whether `issuer` signed `cert` (names match and the signature verifies). */
export function isIssuedBy(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (!bytesEqual(cert.issuerDer, issuer.subjectDer)) return false;
  if (isGostOid(cert.signatureAlgorithm))
    return verifyWith(
      { oid: cert.signatureAlgorithm },
      null,
      publicKeyOf(issuer),
      cert.tbsDer,
      cert.signatureValue,
    );
  try {
    const key = publicKeyOf(issuer);
    return key instanceof KeyObject && cert.x509.verify(key);
  } catch (error) {
    if (error instanceof AppError) throw error;
    return false;
  }
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** PEM blocks of a type ("CERTIFICATE") found in a text, as DER. */
export function pemBlocks(text: string, type: string): Uint8Array[] {
  const re = new RegExp(`-----BEGIN ${type}-----([\\s\\S]*?)-----END ${type}-----`, 'g');
  return [...text.matchAll(re)].map((m) => new Uint8Array(Buffer.from(m[1] ?? '', 'base64')));
}

/** The certificates in a file: PEM (one or more blocks) or a single DER certificate. */
export function certificatesIn(bytes: Uint8Array): Uint8Array[] {
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----')) return pemBlocks(text, 'CERTIFICATE');
  return bytes[0] === 0x30 ? [bytes] : [];
}

export function toPem(der: Uint8Array, type: string): string {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${type}-----\n${b64.replace(/.{1,64}/g, '$&\n')}-----END ${type}-----\n`;
}
