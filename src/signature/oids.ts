/**
 * Object identifiers the signature code reads. The national CA's (НУЦ РК) role and policy OIDs
 * are those of its certificate profile (the rules registered as adilet V2000021440, as the
 * Kalkan client libraries cite them); the rest are the IETF / PKCS ones.
 */

export const OID = {
  // Subject name attributes
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  state: '2.5.4.8',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
  email: '1.2.840.113549.1.9.1',

  // Extensions
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  certificatePolicies: '2.5.29.32',
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  ocspAccessMethod: '1.3.6.1.5.5.7.48.1',

  // Extended key usage
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  anyExtendedKeyUsage: '2.5.29.37.0',

  // CMS
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  encryptedData: '1.2.840.113549.1.7.6',

  // PKCS#12 key files (pkcs12.ts): bags, bag attributes, password-based encryption
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSha1: '1.2.840.113549.2.7',
  hmacWithSha224: '1.2.840.113549.2.8',
  hmacWithSha256: '1.2.840.113549.2.9',
  hmacWithSha384: '1.2.840.113549.2.10',
  hmacWithSha512: '1.2.840.113549.2.11',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  desEde3Cbc: '1.2.840.113549.3.7',

  // Digests
  sha1: '1.3.14.3.2.26',
  sha224: '2.16.840.1.101.3.4.2.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',

  // Signature / key algorithms
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1WithRsa: '1.2.840.113549.1.1.5',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha1: '1.2.840.10045.4.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  ed25519: '1.3.101.112',
} as const;

/**
 * The national CA's extended-key-usage OIDs naming who holds the key (subject type and, for a
 * legal entity, the employee's standing). NCA certificates carry them next to emailProtection
 * (signing keys) or clientAuth (authentication keys).
 */
export const NCA_ROLE = {
  individual: '1.2.398.3.3.4.1.1',
  legal: '1.2.398.3.3.4.1.2',
  head: '1.2.398.3.3.4.1.2.1',
  rightToSign: '1.2.398.3.3.4.1.2.2',
  rightToSignFinancial: '1.2.398.3.3.4.1.2.3',
  hr: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
} as const;

/** Certificate policy OIDs of the national CA: which regulation a certificate was issued under. */
export const NCA_POLICY = {
  regulation: '1.2.398.3.3.1.1',
  legalSign: '1.2.398.3.3.2.1',
  legalAuth: '1.2.398.3.3.2.2',
  individualSign: '1.2.398.3.3.2.3',
  individualAuth: '1.2.398.3.3.2.4',
} as const;

/**
 * GOST families: Kazakhstan's GOST 34.310-2004 / 34.311-95 and GOST R 34.10-2015 (arc
 * 1.2.398.3.10), and the Russian arcs (1.2.643) that some clients also produce. gost.ts
 * verifies the national CA's two schemes; any other GOST OID is `unsupported_algorithm`.
 */
export const GOST_ARCS = ['1.2.398.3.10.', '1.2.643.'] as const;

export function isGostOid(oid: string): boolean {
  return GOST_ARCS.some((arc) => oid.startsWith(arc));
}
