/**
 * The certificate checks of a signature, pure: chain to a configured trust anchor, validity at
 * signing time, key usage for the purpose, the subject's IIN/BIN and its match with the
 * applicant's. The acts name them (seed 001 p. 9, seed 003 e-regulation p. 6); each failure has
 * its own error code.
 */
import { AppError } from '../errors/app-error.ts';
import { checkId } from '../identity/iin-bin.ts';
import { bytesEqual, isIssuedBy, type ParsedCertificate } from './certificate.ts';
import { OID } from './oids.ts';
import { roleOf, type SignerIdentity } from './roles.ts';

/**
 * `test` accepts the national CA's test certificates, whose IINs fail the control digit;
 * `production` never does.
 */
export type TrustMode = 'production' | 'test';

export interface TrustStore {
  mode: TrustMode;
  anchors: readonly ParsedCertificate[];
  /** Issuing CAs the signature may not carry itself. */
  intermediates: readonly ParsedCertificate[];
}

/** What a key is used for: signing documents (SIGN key) or logging in (AUTH key). */
export type Purpose = 'sign' | 'auth';

const MAX_CHAIN = 6;

/**
 * The path from `leaf` to a trust anchor, leaf first, anchor last. Candidates come from the
 * certificates in the signature and the trust store; each link is a name match and a verified
 * issuer signature, and every certificate above the leaf must be a CA.
 */
export function buildChain(
  leaf: ParsedCertificate,
  carried: readonly ParsedCertificate[],
  trust: TrustStore,
): ParsedCertificate[] {
  const isAnchor = (c: ParsedCertificate) => trust.anchors.some((a) => bytesEqual(a.der, c.der));
  const pool = [...trust.anchors, ...trust.intermediates, ...carried];
  let reason = 'issuer not found';
  const walk = (path: ParsedCertificate[]): ParsedCertificate[] | null => {
    const current = path[path.length - 1] as ParsedCertificate;
    if (isAnchor(current)) return path;
    if (path.length >= MAX_CHAIN) {
      reason = 'chain too long';
      return null;
    }
    for (const candidate of pool) {
      if (path.some((p) => bytesEqual(p.der, candidate.der))) continue;
      if (!bytesEqual(current.issuerDer, candidate.subjectDer)) continue;
      if (!candidate.isCa || (candidate.keyUsage !== null && !candidate.keyUsage.includes('keyCertSign'))) {
        reason = `issuer "${candidate.subject}" is not a CA`;
        continue;
      }
      if (!isIssuedBy(current, candidate)) {
        reason = `signature of "${current.subject}" by "${candidate.subject}" does not verify`;
        continue;
      }
      const found = walk([...path, candidate]);
      if (found !== null) return found;
    }
    return null;
  };
  const chain = walk([leaf]);
  if (chain === null)
    throw new AppError('signature.untrusted_chain', `no path to a trust anchor: ${reason}`, {
      subject: leaf.subject,
      reason,
    });
  return chain;
}

/** Every certificate of the chain valid at `at` (the signing time). */
export function checkValidity(chain: readonly ParsedCertificate[], at: Date): void {
  for (const cert of chain) {
    if (at < cert.notBefore)
      throw new AppError(
        'signature.cert_not_yet_valid',
        `${cert.subject} not valid before ${cert.notBefore.toISOString()}`,
        {
          subject: cert.subject,
          notBefore: cert.notBefore.toISOString(),
          at: at.toISOString(),
        },
      );
    if (at > cert.notAfter)
      throw new AppError('signature.cert_expired', `${cert.subject} expired ${cert.notAfter.toISOString()}`, {
        subject: cert.subject,
        notAfter: cert.notAfter.toISOString(),
        at: at.toISOString(),
      });
  }
}

/**
 * The key fits the purpose. The national CA issues two keys: SIGN (nonRepudiation, EKU
 * emailProtection) for documents and AUTH (digitalSignature, EKU clientAuth) for logging in.
 * A document signed with the AUTH key is refused, as the CA's policy says it must be.
 */
export function checkKeyUsage(cert: ParsedCertificate, purpose: Purpose): void {
  const ku = cert.keyUsage;
  const eku = cert.extKeyUsage;
  const ekuAllows = (oid: string) =>
    eku === null || eku.includes(oid) || eku.includes(OID.anyExtendedKeyUsage);
  const ok =
    purpose === 'sign'
      ? (ku === null || ku.includes('nonRepudiation')) && ekuAllows(OID.emailProtection)
      : (ku === null || ku.includes('digitalSignature')) && ekuAllows(OID.clientAuth);
  if (!ok)
    throw new AppError(
      'signature.key_usage',
      `key usage ${String(ku)} / ${String(eku)} does not fit ${purpose}`,
      {
        purpose,
        usage: [...(ku ?? ['any']), ...(eku ?? [])].join(', '),
      },
    );
}

/**
 * IIN, BIN and role of the signer. In production the IIN must pass the control digit; the
 * national CA's test certificates carry IINs that do not, so test mode only asks for 12 digits.
 */
export function signerIdentityOf(cert: ParsedCertificate, mode: TrustMode): SignerIdentity {
  const iin = cert.iin;
  if (iin !== null) {
    const check = checkId(iin);
    const acceptable = check.valid ? check.kind === 'iin' : mode === 'test' && /^\d{12}$/.test(iin);
    if (!acceptable)
      throw new AppError('signature.iin_invalid', `certificate IIN ${iin} invalid`, {
        iin,
        error: check.valid ? 'not an IIN' : check.error,
      });
  }
  return { iin, bin: cert.bin, role: roleOf(cert) };
}

/** The applicant named in the request is the one in the certificate. */
export function checkExpectedSigner(
  signer: SignerIdentity,
  expected: { iin?: string | undefined; bin?: string | undefined },
): void {
  if (expected.iin !== undefined) {
    if (signer.iin === null) throw new AppError('signature.iin_missing', 'certificate has no IIN');
    if (signer.iin !== expected.iin.trim())
      throw new AppError('signature.iin_mismatch', `IIN ${signer.iin} ≠ ${expected.iin}`, {
        expected: expected.iin,
        actual: signer.iin,
      });
  }
  if (expected.bin !== undefined && signer.bin !== expected.bin.trim())
    throw new AppError('signature.bin_mismatch', `BIN ${signer.bin ?? '-'} ≠ ${expected.bin}`, {
      expected: expected.bin,
      actual: signer.bin ?? '—',
    });
}
