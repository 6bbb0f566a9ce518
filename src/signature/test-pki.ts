/**
 * A test PKI laid out like the national CA's (НУЦ РК): a root, an issuing CA, and end-entity
 * certificates with the subject fields (SERIALNUMBER "IIN…", OU "BIN…"), key usages, role EKUs
 * and policies the NCA puts in its own. For development, demos and tests only; the names say
 * "RUQSAT TEST" so that no one mistakes them for the real CA's. Key generation and signing go
 * through WebCrypto (@peculiar/x509); nothing here touches files (pki-files.ts does).
 */
// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the polyfill.
import 'reflect-metadata';
import { KeyObject, randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { NCA_POLICY, NCA_ROLE, OID } from './oids.ts';

x509.cryptoProvider.set(webcrypto);

export type KeyAlgorithm = 'rsa' | 'ecdsa';
export type PkiRole = 'individual' | 'legal' | 'official' | 'employee';
export const pkiRoles: readonly PkiRole[] = ['individual', 'legal', 'official', 'employee'];

export interface Issued {
  key: KeyObject;
  /** DER */
  certificate: Uint8Array;
}

export interface TestCa {
  root: Issued;
  ca: Issued;
}

/** Where the test CA says its CRL and OCSP responder are; pki-files.ts maps these to files. */
export const TEST_CRL_URL = 'http://pki.ruqsat.test/crl/ca.crl';
export const TEST_OCSP_URL = 'http://pki.ruqsat.test/ocsp';

export const ROOT_NAME = 'ҚР ТҮБІРЛІК КУӘЛАНДЫРУШЫ ОРТАЛЫҒЫ (RSA) RUQSAT TEST';
export const CA_NAME = 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) RUQSAT TEST';

const subtle = webcrypto.subtle;
const DAY = 86_400_000;

const algorithms = {
  rsa: {
    gen: {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    sign: { name: 'RSASSA-PKCS1-v1_5' },
  },
  ecdsa: { gen: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } },
} as const;

async function generate(alg: KeyAlgorithm): Promise<webcrypto.CryptoKeyPair> {
  return await subtle.generateKey(algorithms[alg].gen, true, ['sign', 'verify']);
}

/** A node KeyObject as a WebCrypto signing key, for @peculiar/x509. */
async function signingKeyOf(key: KeyObject): Promise<CryptoKey> {
  const pkcs8 = key.export({ type: 'pkcs8', format: 'der' });
  const alg = key.asymmetricKeyType === 'ec' ? algorithms.ecdsa.gen : algorithms.rsa.gen;
  return subtle.importKey('pkcs8', pkcs8, alg, false, ['sign']);
}

const signingAlgorithmOf = (key: KeyObject) =>
  key.asymmetricKeyType === 'ec' ? algorithms.ecdsa.sign : algorithms.rsa.sign;

function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] as number) & 0x7f) | 0x10; // positive, no leading zero byte
  return bytes.toString('hex');
}

const der = (cert: x509.X509Certificate) => new Uint8Array(cert.rawData);

/** Creates the root and the issuing CA, valid from `now` for 10 and 5 years. */
export async function createTestCa(now: Date): Promise<TestCa> {
  const rootKeys = await generate('rsa');
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: [{ [OID.commonName]: [ROOT_NAME] }, { [OID.country]: ['KZ'] }],
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 3650 * DAY),
    keys: rootKeys,
    signingAlgorithm: algorithms.rsa.sign,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const caKeys = await generate('rsa');
  const ca = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: [{ [OID.commonName]: [CA_NAME] }, { [OID.country]: ['KZ'] }],
    issuer: root.subjectName,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 1825 * DAY),
    publicKey: caKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: algorithms.rsa.sign,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      new x509.CertificatePolicyExtension([NCA_POLICY.regulation]),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  return {
    root: { key: KeyObject.from(rootKeys.privateKey), certificate: der(root) },
    ca: { key: KeyObject.from(caKeys.privateKey), certificate: der(ca) },
  };
}

export interface IssueRequest {
  iin: string;
  bin?: string | undefined;
  role?: PkiRole | undefined;
  /** SIGN key (documents) or AUTH key (login), as the NCA issues them in pairs. */
  purpose?: 'sign' | 'auth' | undefined;
  keyAlgorithm?: KeyAlgorithm | undefined;
  surname?: string | undefined;
  givenName?: string | undefined;
  organization?: string | undefined;
  notBefore?: Date | undefined;
  notAfter?: Date | undefined;
  /** Where the certificate says its CRL and OCSP responder are (default: the test PKI's names, mapped to files). */
  crlUrl?: string | undefined;
  ocspUrl?: string | undefined;
  /** Overrides, for tests of wrong key usage. */
  keyUsage?: number | undefined;
  extKeyUsage?: readonly string[] | undefined;
}

const ROLE_EKU: Record<PkiRole, readonly string[]> = {
  individual: [NCA_ROLE.individual],
  legal: [NCA_ROLE.legal, NCA_ROLE.head],
  official: [NCA_ROLE.legal, NCA_ROLE.rightToSign],
  employee: [NCA_ROLE.legal, NCA_ROLE.employee],
};

/** Issues an end-entity certificate under `ca`, valid a year from `now` unless told otherwise. */
export async function issueCertificate(ca: Issued, request: IssueRequest, now: Date): Promise<Issued> {
  const role = request.role ?? (request.bin === undefined ? 'individual' : 'official');
  const purpose = request.purpose ?? 'sign';
  const legal = role !== 'individual';
  const keys = await generate(request.keyAlgorithm ?? 'rsa');
  const caCert = new x509.X509Certificate(ca.certificate);
  const surname = request.surname ?? 'ТЕСТОВ';
  const given = request.givenName ?? 'ТЕСТ';
  const subject: x509.JsonName = [
    { [OID.commonName]: [`${surname} ${given}`] },
    { [OID.surname]: [surname] },
    { [OID.serialNumber]: [`IIN${request.iin}`] },
    { [OID.country]: ['KZ'] },
    ...(legal && request.bin !== undefined
      ? [
          { [OID.organization]: [request.organization ?? 'ТЕСТОВАЯ ОРГАНИЗАЦИЯ'] },
          { [OID.organizationalUnit]: [`BIN${request.bin}`] },
        ]
      : []),
    { [OID.givenName]: ['ТЕСТОВИЧ'] },
  ];
  const usage =
    request.keyUsage ??
    (purpose === 'sign'
      ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation
      : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment);
  const eku = request.extKeyUsage ?? [
    purpose === 'sign' ? OID.emailProtection : OID.clientAuth,
    ...ROLE_EKU[role],
  ];
  const policy = legal
    ? purpose === 'sign'
      ? NCA_POLICY.legalSign
      : NCA_POLICY.legalAuth
    : purpose === 'sign'
      ? NCA_POLICY.individualSign
      : NCA_POLICY.individualAuth;
  const caKey = await signingKeyOf(ca.key);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject,
    issuer: caCert.subjectName,
    notBefore: request.notBefore ?? new Date(now.getTime() - 60_000),
    notAfter: request.notAfter ?? new Date(now.getTime() + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm: signingAlgorithmOf(ca.key),
    extensions: [
      new x509.KeyUsagesExtension(usage, true),
      new x509.ExtendedKeyUsageExtension([...eku]),
      new x509.CertificatePolicyExtension([policy]),
      new x509.CRLDistributionPointsExtension([request.crlUrl ?? TEST_CRL_URL]),
      new x509.AuthorityInfoAccessExtension({ ocsp: request.ocspUrl ?? TEST_OCSP_URL }),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
    ],
  });
  return { key: KeyObject.from(keys.privateKey), certificate: der(cert) };
}

export interface RevokedEntry {
  serial: string;
  revokedAt: Date;
}

/** The issuing CA's CRL listing `revoked`, valid for a day from `now`. */
export async function createCrl(
  ca: Issued,
  revoked: readonly RevokedEntry[],
  now: Date,
): Promise<Uint8Array> {
  const caCert = new x509.X509Certificate(ca.certificate);
  const crl = await x509.X509CrlGenerator.create({
    issuer: caCert.subjectName,
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + DAY),
    entries: revoked.map((r) => ({
      serialNumber: r.serial,
      revocationDate: r.revokedAt,
      reason: x509.X509CrlReason.keyCompromise,
    })),
    signingKey: await signingKeyOf(ca.key),
    signingAlgorithm: signingAlgorithmOf(ca.key),
  });
  return new Uint8Array(crl.rawData);
}
