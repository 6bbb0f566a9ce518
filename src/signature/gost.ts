/**
 * GOST signatures as Kazakhstan's national CA (НУЦ РК, its Kalkan library) makes them: GOST
 * 34.310-2004 with the hash GOST 34.311-95, and GOST 34.10-2015 (512-bit) with GOST 34.11-2015
 * (Streebog-512), under the arc 1.2.398.3.10. The arithmetic and the hashes are those of
 * @wavesenterprise/crypto-gost-js (a maintained fork of Rudolf Nickolaev's GostCrypto); this
 * module maps the NCA's OIDs to its parameters.
 *
 * The parameters were measured on the NCA's own test files (test/fixtures/nca, see
 * test/signature/nca.test.ts), not taken from the Russian defaults:
 * - 34.311-95 uses the *test* S-box set of GOST 28147-89 (`D-TEST`), not CryptoPro's `D-A`;
 * - the 2004 curve 1.2.398.3.10.1.1.1.1.1 is CryptoPro-A, the 2015 curve 1.2.398.3.10.1.1.2.2.1
 *   is TC26 512 paramSetA;
 * - public keys are x‖y and signatures r‖s, each little-endian, and the hash is read as a
 *   little-endian number: the library's own convention when no `procreator` is named.
 */
import { randomBytes } from 'node:crypto';
import gost from '@wavesenterprise/crypto-gost-js';
import { AppError } from '../errors/app-error.ts';
import { DerError, childrenOf, oidOf, readTlv, valueOf } from './der.ts';

/** The NCA's GOST OIDs (Kalkan's names). */
export const GOST_OID = {
  key2004: '1.2.398.3.10.1.1.1.1',
  curve2004A: '1.2.398.3.10.1.1.1.1.1',
  sign2004: '1.2.398.3.10.1.1.1.2',
  digest95: '1.2.398.3.10.1.3.1',
  key2015x512: '1.2.398.3.10.1.1.2.2',
  curve2015x512A: '1.2.398.3.10.1.1.2.2.1',
  sign2015x512: '1.2.398.3.10.1.1.2.3.2',
  digest2015x512: '1.2.398.3.10.1.3.3',
} as const;

interface GostScheme {
  name: string;
  /** The library's algorithm for this scheme: the engine verifies; signing adds a fresh `ukm` (k). */
  params: GostSignParams;
  keyOid: string;
  curveOid: string;
  signatureOid: string;
  digestOid: string;
  /** Bytes of the public key and of the signature. */
  size: number;
  engine: ReturnType<typeof gost.GostEngine.getGostSign>;
}

const hash95 = { name: 'GOST R 34.11', version: 1994, sBox: 'D-TEST' };
const hash2015 = { name: 'GOST R 34.11', version: 2012, length: 512 };

type GostSignParams = Parameters<typeof gost.GostEngine.getGostSign>[0];
const params2004: GostSignParams = {
  name: 'GOST R 34.10',
  version: 2001,
  namedCurve: 'S-256-A',
  sBox: 'D-TEST',
  hash: hash95,
};
const params2015: GostSignParams = {
  name: 'GOST R 34.10',
  version: 2012,
  length: 512,
  namedCurve: 'T-512-A',
  hash: hash2015,
};

const SCHEMES: readonly GostScheme[] = [
  {
    name: 'GOST 34.310-2004',
    keyOid: GOST_OID.key2004,
    curveOid: GOST_OID.curve2004A,
    signatureOid: GOST_OID.sign2004,
    digestOid: GOST_OID.digest95,
    size: 64,
    params: params2004,
    engine: gost.GostEngine.getGostSign(params2004),
  },
  {
    name: 'GOST 34.10-2015 (512)',
    keyOid: GOST_OID.key2015x512,
    curveOid: GOST_OID.curve2015x512A,
    signatureOid: GOST_OID.sign2015x512,
    digestOid: GOST_OID.digest2015x512,
    size: 128,
    params: params2015,
    engine: gost.GostEngine.getGostSign(params2015),
  },
];

const DIGESTS = new Map([
  [GOST_OID.digest95, gost.GostEngine.getGostDigest(hash95)],
  [GOST_OID.digest2015x512, gost.GostEngine.getGostDigest(hash2015)],
]);

export interface GostPublicKey {
  readonly kind: 'gost';
  readonly scheme: string;
  /** x‖y, little-endian, as the certificate carries it. */
  readonly point: Uint8Array;
}

const unsupported = (oid: string) =>
  new AppError('signature.unsupported_algorithm', `unsupported GOST algorithm ${oid}`, {
    algorithm: `GOST (${oid})`,
  });

/** A copy in a fresh ArrayBuffer, which the library's API wants. */
const buffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

/** Whether the OID is a GOST hash this module computes. */
export function isGostDigest(oid: string): boolean {
  return DIGESTS.has(oid as never);
}

/** GOST 34.311-95 (1.2.398.3.10.1.3.1) or 34.11-2015 512-bit (…3.3) of `data`. */
export function gostDigest(oid: string, data: Uint8Array): Uint8Array {
  const engine = DIGESTS.get(oid as never);
  if (engine === undefined) throw unsupported(oid);
  return new Uint8Array(engine.digest(buffer(data)));
}

/**
 * The GOST public key of a SubjectPublicKeyInfo: algorithm, its parameters (curve, hash) and the
 * point in an OCTET STRING inside the BIT STRING. A curve or key size other than the two the NCA
 * uses is `unsupported_algorithm`.
 */
export function gostPublicKey(spki: Uint8Array): GostPublicKey {
  let keyOid: string;
  let curveOid: string | null = null;
  let point: Uint8Array;
  try {
    const [algorithm, bits] = childrenOf(spki, readTlv(spki, 0));
    if (algorithm === undefined || bits?.tag !== 0x03) throw new DerError('SubjectPublicKeyInfo');
    const [oid, params] = childrenOf(spki, algorithm);
    if (oid === undefined) throw new DerError('key algorithm');
    keyOid = oidOf(spki, oid);
    const curve = params?.tag === 0x30 ? childrenOf(spki, params)[0] : undefined;
    if (curve !== undefined) curveOid = oidOf(spki, curve);
    const inner = valueOf(spki, bits).subarray(1);
    point = valueOf(inner, readTlv(inner, 0));
  } catch (error) {
    throw new AppError(
      'signature.malformed',
      'GOST public key',
      { reason: 'GOST public key' },
      { cause: error },
    );
  }
  const scheme = SCHEMES.find((s) => s.keyOid === keyOid && s.curveOid === curveOid);
  if (scheme === undefined || point.length !== scheme.size)
    throw unsupported(`${keyOid} / ${curveOid ?? '-'}`);
  return { kind: 'gost', scheme: scheme.name, point };
}

/**
 * Verifies a GOST signature over `data` (the hash is computed here). `algorithmOid` is the
 * signature OID, or the key OID where CMS names only the key; it must be the key's scheme
 * (`null`: the certificate's key is not a GOST key, so the signature cannot verify).
 */
export function gostVerify(
  algorithmOid: string,
  key: GostPublicKey | null,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  const scheme = SCHEMES.find((s) => s.signatureOid === algorithmOid || s.keyOid === algorithmOid);
  if (scheme === undefined) throw unsupported(algorithmOid);
  if (key === null || scheme.name !== key.scheme || signature.length !== scheme.size) return false;
  return scheme.engine.verify(buffer(key.point), buffer(signature), buffer(data));
}

/** A GOST private key: its scheme and the scalar d, little-endian (the library's convention). */
export interface GostPrivateKey {
  readonly kind: 'gost-private';
  readonly scheme: string;
  readonly signatureOid: string;
  readonly digestOid: string;
  readonly d: Uint8Array;
}

/** `bytes` read as an unsigned big-endian number, written little-endian in `size` bytes. */
function littleEndian(bytes: Uint8Array, size: number): Uint8Array {
  const trimmed = bytes.subarray(Math.max(0, bytes.length - size)); // an INTEGER's leading 00
  return Uint8Array.from({ length: size }, (_, i) => trimmed[trimmed.length - 1 - i] ?? 0);
}

/**
 * The GOST private key of a PKCS#8 PrivateKeyInfo as the NCA's PKCS#12 files hold it, checked
 * against the certificate's public key `point`. Measured on the NCA's files: the GOST
 * 34.310-2004 key is an INTEGER (big-endian) inside the privateKey OCTET STRING, the
 * 34.10-2015 key an OCTET STRING of d little-endian. A key that does not give `point` is
 * `signature.key_unreadable` (the wrong byte order would sign garbage no one can verify).
 */
export function gostPrivateKey(
  pkcs8: Uint8Array,
  keyOid: string,
  curveOid: string | null,
  point: Uint8Array,
): GostPrivateKey {
  const scheme = SCHEMES.find((s) => s.keyOid === keyOid && s.curveOid === curveOid);
  if (scheme === undefined) throw unsupported(`${keyOid} / ${curveOid ?? '-'}`);
  const half = scheme.size / 2;
  let d: Uint8Array;
  try {
    const [, , privateKey] = childrenOf(pkcs8, readTlv(pkcs8, 0));
    if (privateKey?.tag !== 0x04) throw new DerError('PrivateKeyInfo');
    const outer = valueOf(pkcs8, privateKey);
    const inner = readTlv(outer, 0);
    if (inner.tag === 0x02) d = littleEndian(valueOf(outer, inner), half);
    else if (inner.tag === 0x04 && inner.valueEnd - inner.valueStart === half) d = valueOf(outer, inner);
    else throw new DerError('GOST private key');
  } catch (error) {
    throw new AppError(
      'signature.key_unreadable',
      'GOST private key',
      { reason: 'GOST private key' },
      { cause: error },
    );
  }
  const derived = gost.GostEngine.getGostSign({ ...scheme.params, ukm: buffer(d) }).generateKey();
  if (!bytesMatch(new Uint8Array(derived.publicKey), point))
    throw new AppError('signature.key_unreadable', "the GOST key is not the certificate's", {
      reason: 'the GOST private key does not match its certificate',
    });
  return {
    kind: 'gost-private',
    scheme: scheme.name,
    signatureOid: scheme.signatureOid,
    digestOid: scheme.digestOid,
    d: new Uint8Array(d),
  };
}

const bytesMatch = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Signs `data` (hashed here with the scheme's GOST hash) as the NCA does: r‖s little-endian.
 * The per-signature secret k is drawn from node:crypto and handed to the library as `ukm`, so
 * the library's own random source (which falls back to Math.random) is never used.
 */
export function gostSign(key: GostPrivateKey, data: Uint8Array): Uint8Array {
  const scheme = SCHEMES.find((s) => s.name === key.scheme);
  if (scheme === undefined) throw unsupported(key.scheme);
  const k = new Uint8Array(randomBytes(scheme.size / 2 + 8)); // 64 bits over q: negligible bias mod q
  const engine = gost.GostEngine.getGostSign({ ...scheme.params, ukm: buffer(k) });
  return new Uint8Array(engine.sign(buffer(key.d), buffer(data)));
}
