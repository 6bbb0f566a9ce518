/**
 * Verifying a signature end to end: format detection (DER or base64 CMS, XML-DSig), the
 * cryptographic check, the certificate checks (checks.ts) and revocation through the port.
 * `verifyOffline` is pure and synchronous (the clock is a parameter); `verifySignature` adds the
 * revocation check and turns every failure into a result with its error code.
 */
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import type { ParsedCertificate } from './certificate.ts';
import { bytesEqual } from './certificate.ts';
import {
  buildChain,
  checkExpectedSigner,
  checkKeyUsage,
  checkValidity,
  signerIdentityOf,
  type Purpose,
  type TrustStore,
} from './checks.ts';
import { parseCms, verifySignerInfo } from './cms.ts';
import type { RevocationSource } from './revocation.ts';
import type { SignerIdentity, SignerRole } from './roles.ts';
import { OID } from './oids.ts';
import { verifyTimeStampToken, type VerifiedTimeStamp } from './timestamp.ts';
import { verifyXml, xmlSignsContent } from './xmldsig.ts';

export type SignatureInput = { format: 'cms'; der: Uint8Array } | { format: 'xml'; xml: string };

const MAX_INPUT = 16 * 1024 * 1024;

/**
 * What the bytes are: XML when they start with "<", DER when they start with a SEQUENCE tag,
 * else base64 (PEM armour allowed) of DER. Anything else is `signature.malformed`.
 */
export function decodeSignature(bytes: Uint8Array): SignatureInput {
  if (bytes.length > MAX_INPUT) throw malformed('larger than 16 MiB');
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 BOM
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start] as number)) start++;
  if (start >= bytes.length) throw malformed('empty');
  if (bytes[start] === 0x3c)
    return { format: 'xml', xml: Buffer.from(bytes.subarray(start)).toString('utf8') };
  if (bytes[start] === 0x30 && start === 0) return { format: 'cms', der: bytes };
  const text = Buffer.from(bytes.subarray(start))
    .toString('latin1')
    .replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '')
    .replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1)
    throw malformed('neither DER, base64 nor XML');
  const der = new Uint8Array(Buffer.from(text, 'base64'));
  if (der[0] !== 0x30) throw malformed('base64 does not hold a DER structure');
  return { format: 'cms', der };
}

const malformed = (reason: string) => new AppError('signature.malformed', reason, { reason });

export interface VerifyOptions {
  trust: TrustStore;
  /** The verification time; the signing time may not be later than this plus `clockSkewMs`. */
  now: Date;
  /**
   * For a detached signature, the signed document; for an attached one, the application being
   * submitted, which must be exactly what was signed.
   */
  content?: Uint8Array | undefined;
  expectIin?: string | undefined;
  expectBin?: string | undefined;
  purpose?: Purpose | undefined;
  clockSkewMs?: number | undefined;
  /**
   * XML-DSig: the one part ("#id") the caller accepts as signed instead of the whole document;
   * a signature over any other part is `signature.partial_reference`.
   */
  xmlSignedPart?: string | undefined;
}

/** One signer's certificate checks: its chain, and the time its validity was judged at. */
export interface SignerVerification {
  cert: ParsedCertificate;
  /** Leaf first, trust anchor last. */
  chain: ParsedCertificate[];
  /**
   * The time-stamp token's genTime when the signature carries a valid one (CAdES-T), else the
   * signingTime attribute, else the verification time (XML-DSig carries none).
   */
  signedAt: Date;
  signingTimeClaimed: boolean;
  /** The RFC 3161 time-stamp over the signature value, when there is one: a trusted time. */
  timeStamp: VerifiedTimeStamp | null;
}

export interface OfflineVerification extends SignerVerification {
  format: 'cms' | 'xml';
  detached: boolean;
  /** The first signer's IIN/BIN and role: the applicant, whose identity is compared. */
  identity: SignerIdentity;
  /** Every signer, the first one first; each chain and validity is checked. */
  signers: SignerVerification[];
  /** The encapsulated content of an attached CMS signature. */
  content: Uint8Array | null;
}

/**
 * Every check that needs no network: each signature over the content, each signer's chain to
 * an anchor and validity at its signing time, key usage and IIN/BIN of the first signer (the
 * applicant). Throws the AppError of the first failure.
 */
export function verifyOffline(bytes: Uint8Array, options: VerifyOptions): OfflineVerification {
  const input = decodeSignature(bytes);
  const skew = options.clockSkewMs ?? 5 * 60_000;
  let found: { cert: ParsedCertificate; signingTime: Date | null; timeStamp: VerifiedTimeStamp | null }[];
  let carried: ParsedCertificate[];
  let content: Uint8Array | null = null;
  let detached = false;
  if (input.format === 'cms') {
    const cms = parseCms(input.der);
    detached = cms.content === null;
    if (cms.content !== null && options.content !== undefined && !bytesEqual(cms.content, options.content))
      throw new AppError(
        'signature.content_substituted',
        'the signed content is not the submitted application',
      );
    const signed = cms.content ?? options.content;
    if (signed === undefined)
      throw new AppError('signature.content_missing', 'detached signature without content');
    found = cms.signerInfos.map((si, i) => {
      const signer = verifySignerInfo(
        si,
        cms.signedAttrs[i] ?? null,
        signed,
        cms.contentType,
        cms.certificates,
      );
      const token = si.unsignedAttrs?.find((a) => a.attrType === OID.timeStampToken)?.attrValues[0];
      const timeStamp =
        token === undefined
          ? null
          : verifyTimeStampToken(new Uint8Array(token), new Uint8Array(si.signature.buffer), options.trust);
      return { ...signer, timeStamp };
    });
    carried = cms.certificates;
    content = cms.content;
  } else {
    const xml = verifyXml(input.xml, options.xmlSignedPart);
    if (options.content !== undefined && !xmlSignsContent(xml, Buffer.from(options.content).toString('utf8')))
      throw new AppError('signature.content_substituted', 'the signed XML is not the submitted application');
    found = [{ cert: xml.cert, signingTime: null, timeStamp: null }];
    carried = xml.carried;
  }
  const signers = found.map(({ cert, signingTime: claimed, timeStamp }): SignerVerification => {
    const signingTime = timeStamp?.genTime ?? claimed;
    if (signingTime !== null && signingTime.getTime() > options.now.getTime() + skew)
      throw new AppError(
        'signature.signing_time_future',
        `signing time ${signingTime.toISOString()} is in the future`,
        { signedAt: signingTime.toISOString() },
      );
    const signedAt = signingTime ?? options.now;
    const chain = buildChain(cert, carried, options.trust);
    checkValidity(chain, signedAt);
    return { cert, chain, signedAt, signingTimeClaimed: signingTime !== null, timeStamp };
  });
  const first = signers[0];
  if (first === undefined) throw malformed('no signer');
  checkKeyUsage(first.cert, options.purpose ?? 'sign');
  const identity = signerIdentityOf(first.cert, options.trust.mode);
  checkExpectedSigner(identity, { iin: options.expectIin, bin: options.expectBin });
  return { ...first, format: input.format, detached, identity, signers, content };
}

export interface SignerSummary {
  iin: string | null;
  bin: string | null;
  role: SignerRole;
  subject: string;
  issuer: string;
  serial: string;
  notBefore: string;
  notAfter: string;
}

export type RevocationReport =
  | { checked: true; source: 'ocsp' | 'crl'; at: string }
  /** Not checked at time `at`, for `reason`: keep the submission and retry later. */
  | { checked: false; at: string; reason: string };

export interface VerificationResult {
  /** `indeterminate`: everything else passed but revocation could not be checked. */
  status: 'valid' | 'invalid' | 'indeterminate';
  valid: boolean;
  code: 'ok' | ErrorCode;
  /** English, for logs; show `userMessage` of the error to people. */
  message: string;
  params: Readonly<Record<string, string | number>>;
  format: 'cms' | 'xml' | null;
  detached: boolean | null;
  signer: SignerSummary | null;
  signedAt: string | null;
  revocation: RevocationReport | null;
  /** The first signer's RFC 3161 time-stamp (CAdES-T): its time and the TSA. */
  timeStamp: { genTime: string; tsa: string } | null;
  /** The attached content of a CMS signature (what was signed), when there is one. */
  content: Uint8Array | null;
}

function summary(v: OfflineVerification): SignerSummary {
  return {
    iin: v.identity.iin,
    bin: v.identity.bin,
    role: v.identity.role,
    subject: v.cert.subject,
    issuer: v.cert.issuer,
    serial: v.cert.serial,
    notBefore: v.cert.notBefore.toISOString(),
    notAfter: v.cert.notAfter.toISOString(),
  };
}

/** Turns anything thrown into an AppError: a parser's surprise is a malformed signature, never a crash. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('signature.malformed', reason, { reason: reason.slice(0, 200) }, { cause: error });
}

const failure = (error: AppError, partial: Partial<VerificationResult> = {}): VerificationResult => ({
  status: 'invalid',
  valid: false,
  code: error.code,
  message: error.message,
  params: error.params,
  format: null,
  detached: null,
  signer: null,
  signedAt: null,
  revocation: null,
  timeStamp: null,
  content: null,
  ...partial,
});

/**
 * Verifies a signature fully. Revocation is asked of `revocation` for every signer's
 * certificate and for each CA certificate below the anchor that names a CRL or OCSP responder;
 * without a trusted timestamp the signing time is the signer's own claim, so a certificate
 * revoked at any moment up to `now` fails the signature.
 */
export async function verifySignature(
  bytes: Uint8Array,
  options: VerifyOptions & { revocation: RevocationSource | null },
): Promise<VerificationResult> {
  let offline: OfflineVerification;
  try {
    offline = verifyOffline(bytes, options);
  } catch (error) {
    return failure(asAppError(error));
  }
  const base = {
    format: offline.format,
    detached: offline.detached,
    signer: summary(offline),
    signedAt: offline.signingTimeClaimed ? offline.signedAt.toISOString() : null,
    timeStamp:
      offline.timeStamp === null
        ? null
        : { genTime: offline.timeStamp.genTime.toISOString(), tsa: offline.timeStamp.tsa.subject },
    content: offline.content,
  };
  const at = options.now.toISOString();
  let report: RevocationReport = { checked: false, at, reason: 'no revocation source configured' };
  if (options.revocation !== null) {
    for (const [n, signer] of offline.signers.entries())
      for (let i = 0; i + 1 < signer.chain.length; i++) {
        const cert = signer.chain[i] as ParsedCertificate;
        const issuer = signer.chain[i + 1] as ParsedCertificate;
        // A CA certificate that names no CRL or OCSP responder is trust material the operator
        // configured (and replaces when revoked); only the signer's own certificate must be checked.
        if (i > 0 && cert.crlUrls.length === 0 && cert.ocspUrls.length === 0) continue;
        let answer;
        try {
          answer = await options.revocation.check(cert, issuer, options.now);
        } catch (error) {
          answer = {
            status: 'unavailable' as const,
            reason: error instanceof Error ? error.message : String(error),
          };
        }
        // With a trusted time-stamp, a revocation after the stamped time does not undo the signature.
        const stamped = signer.timeStamp?.genTime;
        if (
          answer.status === 'revoked' &&
          !(i === 0 && stamped !== undefined && answer.revokedAt > stamped)
        ) {
          const code = answer.source === 'ocsp' ? 'signature.revoked_ocsp' : 'signature.revoked_crl';
          const error = new AppError(code, `certificate ${cert.serial} revoked (${answer.source})`, {
            serial: cert.serial,
            revokedAt: answer.revokedAt.toISOString(),
          });
          return failure(error, { ...base, revocation: { checked: true, source: answer.source, at } });
        }
        if (answer.status !== 'good' && answer.status !== 'revoked') {
          const reason = `${cert.subject}: ${answer.reason}`;
          const error = new AppError(
            'signature.revocation_unavailable',
            `revocation not checked: ${reason}`,
            {
              at,
              reason,
            },
          );
          return {
            ...failure(error, { ...base, revocation: { checked: false, at, reason } }),
            status: 'indeterminate',
          };
        }
        if (n === 0 && i === 0) report = { checked: true, source: answer.source, at };
      }
  }
  return {
    status: 'valid',
    valid: true,
    code: 'ok',
    message: 'ok',
    params: {},
    ...base,
    revocation: report,
  };
}
