/**
 * Signing in the browser with a PKCS#12 key file (.p12 / .pfx), without NCALayer: the file is
 * opened in the page by the same PKCS#12 reader the server uses (src/signature/pkcs12.ts: the
 * NCA's 3DES / RC2-40 files, OpenSSL's PBES2 ones), the key never leaves the page, and the
 * result is the same detached CMS (CAdES-BES) NCALayer makes, built by the server's CMS builder
 * (src/signature/cms-signing.ts); only the private-key operation is WebCrypto's.
 *
 * Keys: RSA (PKCS#1 v1.5, SHA-256) and ECDSA (P-256, P-384, P-521; SHA-256). GOST keys (arcs
 * 1.2.398.3.10 and 1.2.643) are `signing.unsupported_algorithm`: WebCrypto has no GOST.
 *
 * Browser-only APIs: globalThis.crypto.subtle, atob/btoa. Load it lazily:
 * `const { signWithPkcs12 } = await import('./signing/pkcs12.ts')`.
 */
import * as asn1js from 'asn1js';
import { ECDSA_SHA256, prepareCms, RSA_SHA256 } from '../../../src/signature/cms-signing.ts';
import {
  pairKeyAndCertificate,
  Pkcs12Error,
  readPkcs12,
  type Pkcs12PrivateKey,
} from '../../../src/signature/pkcs12.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { SigningError } from './errors.ts';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

/** GOST families (Kazakhstan's 1.2.398.3.10, Russia's 1.2.643): no WebCrypto support. */
export const isGostOid = (oid: string): boolean =>
  oid.startsWith('1.2.398.3.10.') || oid.startsWith('1.2.643.');

type Subtle = typeof globalThis.crypto.subtle;
type ImportAlgorithm = { name: 'RSASSA-PKCS1-v1_5'; hash: 'SHA-256' } | { name: 'ECDSA'; namedCurve: string };

function subtle(): Subtle {
  const s = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (s === undefined)
    throw new SigningError('signing.webcrypto_unavailable', 'WebCrypto (crypto.subtle) is not available');
  return s;
}

/** A fresh ArrayBuffer holding exactly `bytes` (WebCrypto takes BufferSource). */
const buf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

const unsupportedAlgorithm = (oid: string) =>
  new SigningError(
    'signing.unsupported_algorithm',
    isGostOid(oid)
      ? `GOST keys (${oid}) cannot sign in the browser: choose the RSA key, or sign with NCALayer`
      : `key algorithm ${oid} cannot sign in the browser`,
    { algorithm: isGostOid(oid) ? `GOST (${oid})` : oid },
  );

/** The shared reader's failure as the page's error codes. */
function signingErrorOf(error: Pkcs12Error): SigningError {
  switch (error.reason) {
    case 'wrong_password':
      return new SigningError(
        'signing.wrong_password',
        'the PKCS#12 password is wrong',
        {},
        { cause: error },
      );
    case 'unsupported_encryption':
      return new SigningError(
        'signing.unsupported_encryption',
        `PKCS#12 encryption ${error.algorithm ?? ''} is not supported in the browser`,
        { algorithm: error.algorithm ?? '' },
      );
    case 'key_not_found':
      return new SigningError('signing.key_not_found', error.message, {}, { cause: error });
    case 'not_pkcs12':
      return new SigningError('signing.not_pkcs12', error.message, {}, { cause: error });
  }
}

/** What a PKCS#12 file holds, opened with its password. */
export interface OpenedPkcs12 {
  /** Non-extractable WebCrypto signing key. */
  privateKey: CryptoKey;
  algorithm: 'RSA' | 'ECDSA';
  /** The certificate of the private key (DER). */
  certificate: Uint8Array;
  /** The other certificates in the file (issuing CA, root), DER. */
  chain: Uint8Array[];
}

/** The WebCrypto algorithm to import a key with; GOST and others are `unsupported_algorithm`. */
function importAlgorithmOf(key: Pkcs12PrivateKey): { alg: ImportAlgorithm; kind: 'RSA' | 'ECDSA' } {
  if (key.algorithm === RSA_ENCRYPTION)
    return { alg: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, kind: 'RSA' };
  if (key.algorithm === EC_PUBLIC_KEY) {
    const namedCurve = CURVES[key.parameters ?? ''];
    if (namedCurve === undefined)
      throw unsupportedAlgorithm(`${key.algorithm} ${key.parameters ?? ''}`.trim());
    return { alg: { name: 'ECDSA', namedCurve }, kind: 'ECDSA' };
  }
  throw unsupportedAlgorithm(key.algorithm);
}

/**
 * Opens a PKCS#12 file: checks the MAC, decrypts the key, finds its certificate. Errors:
 * `signing.not_pkcs12`, `signing.wrong_password`, `signing.unsupported_algorithm` (GOST),
 * `signing.unsupported_encryption`, `signing.key_not_found`.
 */
export async function openPkcs12(p12: ArrayBuffer | Uint8Array, password: string): Promise<OpenedPkcs12> {
  let file;
  try {
    const contents = readPkcs12(p12, password);
    // A GOST key says so before "no certificate for it" would.
    const first = contents.keys[0]?.key;
    if (first !== undefined) importAlgorithmOf(first);
    file = pairKeyAndCertificate(contents);
  } catch (error) {
    throw error instanceof Pkcs12Error ? signingErrorOf(error) : error;
  }
  const { alg, kind } = importAlgorithmOf(file.key);
  let privateKey: CryptoKey;
  try {
    privateKey = await subtle().importKey('pkcs8', buf(file.key.pkcs8), alg, false, ['sign']);
  } catch (error) {
    throw new SigningError('signing.wrong_password', 'the PKCS#12 password is wrong', {}, { cause: error });
  }
  return { privateKey, algorithm: kind, certificate: file.certificate, chain: file.chain };
}

// ---- the CMS -------------------------------------------------------------------------------

export interface Pkcs12SignOptions {
  /** The signing time written in the signature. Default: now. */
  now?: Date;
  /** Put the file's other certificates (issuing CA, root) in the signature too. Default true. */
  includeChain?: boolean;
}

/** An unsigned big-endian integer as DER INTEGER content (no superfluous zeros, sign bit clear). */
function derInteger(bytes: Uint8Array): asn1js.Integer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  const value = (trimmed[0] as number) & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed;
  return new asn1js.Integer({ valueHex: value });
}

/** WebCrypto's ECDSA signature is r‖s (IEEE P1363); CMS wants ECDSA-Sig-Value (RFC 3279). */
function ecdsaSignatureToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  return new Uint8Array(
    new asn1js.Sequence({
      value: [derInteger(raw.subarray(0, half)), derInteger(raw.subarray(half))],
    }).toBER(false),
  );
}

/** A detached CMS over `content` with an opened key, base64. */
export async function signDetachedCms(
  content: Uint8Array,
  key: OpenedPkcs12,
  options: Pkcs12SignOptions = {},
): Promise<string> {
  const ecdsa = key.algorithm === 'ECDSA';
  const prepared = prepareCms({
    content,
    certificate: key.certificate,
    chain: (options.includeChain ?? true) ? key.chain : [],
    algorithm: ecdsa ? ECDSA_SHA256 : RSA_SHA256,
    now: options.now ?? new Date(),
    detached: true,
  });
  const signature = new Uint8Array(
    await subtle().sign(
      ecdsa ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5' },
      key.privateKey,
      buf(prepared.toBeSigned),
    ),
  );
  return bytesToBase64(prepared.finish(ecdsa ? ecdsaSignatureToDer(signature) : signature));
}

/**
 * Signs the bytes `base64Data` stands for (e.g. `GET /applications/:id/content` → `base64`) with
 * the key in a PKCS#12 file: a detached CMS in base64 for `POST /applications/:id/submit` or
 * `POST /auth/eds-login`. Throws `SigningError` (see openPkcs12, plus `signing.invalid_content`).
 */
export async function signWithPkcs12(
  p12Bytes: ArrayBuffer | Uint8Array,
  password: string,
  base64Data: string,
  options: Pkcs12SignOptions = {},
): Promise<string> {
  const content = base64ToBytes(base64Data);
  const key = await openPkcs12(p12Bytes, password);
  return signDetachedCms(content, key, options);
}
