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

const SCHEMES: readonly GostScheme[] = [
  {
    name: 'GOST 34.310-2004',
    keyOid: GOST_OID.key2004,
    curveOid: GOST_OID.curve2004A,
    signatureOid: GOST_OID.sign2004,
    digestOid: GOST_OID.digest95,
    size: 64,
    engine: gost.GostEngine.getGostSign({
      name: 'GOST R 34.10',
      version: 2001,
      namedCurve: 'S-256-A',
      sBox: 'D-TEST',
      hash: hash95,
    }),
  },
  {
    name: 'GOST 34.10-2015 (512)',
    keyOid: GOST_OID.key2015x512,
    curveOid: GOST_OID.curve2015x512A,
    signatureOid: GOST_OID.sign2015x512,
    digestOid: GOST_OID.digest2015x512,
    size: 128,
    engine: gost.GostEngine.getGostSign({
      name: 'GOST R 34.10',
      version: 2012,
      length: 512,
      namedCurve: 'T-512-A',
      hash: hash2015,
    }),
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
