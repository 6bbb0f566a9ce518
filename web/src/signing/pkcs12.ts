/**
 * Signing in the browser with a PKCS#12 key file (.p12 / .pfx), without NCALayer: the file is
 * opened in the page (PKCS#12 MAC; PBES2 with PBKDF2 and AES-CBC or 3DES; the PKCS#12 schemes
 * pbeWithSHAAnd3-KeyTripleDES-CBC and pbeWithSHAAnd40/128BitRC2-CBC that Java and older OpenSSL
 * use), the key never leaves the page, and the result is the same detached CMS (CAdES-BES) NCALayer makes:
 * SignedData with the signed attributes contentType, signingTime, messageDigest (SHA-256) and
 * signingCertificateV2, the signer certificate and the rest of the file's chain. pkijs builds and
 * signs the SignedData; asn1js reads the file.
 *
 * Keys: RSA (PKCS#1 v1.5, SHA-256) and ECDSA (P-256, P-384, P-521; SHA-256). GOST keys (arcs
 * 1.2.398.3.10 and 1.2.643) are `signing.unsupported_algorithm`: WebCrypto has no GOST, and the
 * server does not verify it either (docs/signature.md). WebCrypto has neither 3DES nor RC2:
 * des3.ts and rc2.ts decrypt them in TypeScript; sha.ts makes the PKCS#12 KDF fast.
 *
 * Browser-only APIs: globalThis.crypto.subtle, atob/btoa. Load it lazily (pkijs is large):
 * `const { signWithPkcs12 } = await import('./signing/pkcs12.ts')`.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { decryptDes3Cbc } from './des3.ts';
import { SigningError } from './errors.ts';
import { decryptRc2Cbc } from './rc2.ts';
import { sha1, sha256 } from './sha.ts';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  encryptedData: '1.2.840.113549.1.7.6',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbeSha3Des: '1.2.840.113549.1.12.1.3',
  pbeSha2Des: '1.2.840.113549.1.12.1.4',
  pbeShaRc2_128: '1.2.840.113549.1.12.1.5',
  pbeShaRc2_40: '1.2.840.113549.1.12.1.6',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const HASH_BY_OID: Record<string, HashName> = {
  [OID.sha1]: 'SHA-1',
  [OID.sha256]: 'SHA-256',
  [OID.sha384]: 'SHA-384',
  [OID.sha512]: 'SHA-512',
};
const HMAC_PRF: Record<string, HashName> = {
  '1.2.840.113549.2.7': 'SHA-1',
  '1.2.840.113549.2.9': 'SHA-256',
  '1.2.840.113549.2.10': 'SHA-384',
  '1.2.840.113549.2.11': 'SHA-512',
};
const AES_CBC: Record<string, number> = {
  '2.16.840.1.101.3.4.1.2': 128,
  '2.16.840.1.101.3.4.1.22': 192,
  '2.16.840.1.101.3.4.1.42': 256,
};
const DES_EDE3_CBC = '1.2.840.113549.3.7';
/** The PKCS#12 password-based schemes (RFC 7292 appendix C): key from the PKCS#12 KDF with SHA-1. */
const PKCS12_PBE: Record<string, { cipher: '3des' | 'rc2'; keyBytes: number }> = {
  [OID.pbeSha3Des]: { cipher: '3des', keyBytes: 24 },
  [OID.pbeSha2Des]: { cipher: '3des', keyBytes: 16 },
  [OID.pbeShaRc2_128]: { cipher: 'rc2', keyBytes: 16 },
  [OID.pbeShaRc2_40]: { cipher: 'rc2', keyBytes: 5 },
};
const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

/** GOST families (Kazakhstan's 1.2.398.3.10, Russia's 1.2.643): no WebCrypto support. */
export const isGostOid = (oid: string): boolean =>
  oid.startsWith('1.2.398.3.10.') || oid.startsWith('1.2.643.');

type Subtle = typeof globalThis.crypto.subtle;
type Key = CryptoKey;
type ImportAlgorithm = { name: 'RSASSA-PKCS1-v1_5'; hash: 'SHA-256' } | { name: 'ECDSA'; namedCurve: string };

function subtle(): Subtle {
  const s = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (s === undefined)
    throw new SigningError('signing.webcrypto_unavailable', 'WebCrypto (crypto.subtle) is not available');
  return s;
}

// ---- asn1js helpers ------------------------------------------------------------------------

class Malformed extends Error {}
type Node = asn1js.AsnType;

const children = (n: Node | undefined): Node[] => {
  const v = (n as asn1js.Constructed | undefined)?.valueBlock?.value;
  return Array.isArray(v) ? v : [];
};
const child = (n: Node | undefined, i: number): Node | undefined => children(n)[i];
const explicit = (n: Node | undefined): Node | undefined => child(n, 0);
const oidOf = (n: Node | undefined): string => {
  if (!(n instanceof asn1js.ObjectIdentifier)) throw new Malformed('expected an object identifier');
  return n.valueBlock.toString();
};
const intOf = (n: Node | undefined): number => {
  if (!(n instanceof asn1js.Integer)) throw new Malformed('expected an integer');
  return n.valueBlock.valueDec;
};
const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
/** OCTET STRING bytes, primitive or constructed (as Java writes them). */
const octets = (n: Node | undefined): Uint8Array => {
  if (!(n instanceof asn1js.OctetString)) throw new Malformed('expected an octet string');
  if (!n.idBlock.isConstructed) return new Uint8Array(n.valueBlock.valueHexView);
  return concat(children(n).map((c) => octets(c)));
};
/** The bytes of an [n] IMPLICIT OCTET STRING, primitive or constructed. */
const implicitOctets = (n: Node): Uint8Array =>
  n.idBlock.isConstructed
    ? concat(children(n).map((c) => (c instanceof asn1js.OctetString ? octets(c) : implicitOctets(c))))
    : new Uint8Array((n as asn1js.Primitive).valueBlock.valueHexView);
const parse = (bytes: Uint8Array): Node => {
  const { offset, result } = asn1js.fromBER(bytes);
  if (offset === -1) throw new Malformed('not BER');
  return result;
};
const der = (n: Node): Uint8Array => new Uint8Array(n.toBER(false));
/** A fresh ArrayBuffer holding exactly `bytes` (WebCrypto and pkijs take BufferSource). */
const buf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

// ---- PKCS#12 key derivation (RFC 7292 appendix B.2) ----------------------------------------

const HASH_SIZE: Record<HashName, { u: number; v: number }> = {
  'SHA-1': { u: 20, v: 64 },
  'SHA-256': { u: 32, v: 64 },
  'SHA-384': { u: 48, v: 128 },
  'SHA-512': { u: 64, v: 128 },
};

/** The password as a BMPString with its two-byte terminator, as PKCS#12 wants it. */
function bmpPassword(password: string): Uint8Array {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i);
    out[i * 2] = c >> 8;
    out[i * 2 + 1] = c & 0xff;
  }
  return out;
}

/** Derives `size` bytes for purpose `id` (1 key, 2 IV, 3 MAC key). */
export async function pkcs12Kdf(
  hash: HashName,
  password: string,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  size: number,
): Promise<Uint8Array> {
  const { u, v } = HASH_SIZE[hash];
  const fill = (src: Uint8Array) => {
    const len = src.length === 0 ? 0 : v * Math.ceil(src.length / v);
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) out[i] = src[i % src.length] as number;
    return out;
  };
  const D = new Uint8Array(v).fill(id);
  const I = concat([fill(salt), fill(bmpPassword(password))]);
  const blocks: Uint8Array[] = [];
  // SHA-1 and SHA-256 (the usual MAC and PBE hashes) run synchronously: a promise per round made
  // a 2,048-round derivation cost ~0.3 s, and a 3DES file needs five of them.
  const sync = hash === 'SHA-1' ? sha1 : hash === 'SHA-256' ? sha256 : null;
  const digest = async (bytes: Uint8Array) =>
    sync !== null ? sync(bytes) : new Uint8Array(await subtle().digest(hash, buf(bytes)));
  for (let produced = 0; produced < size; produced += u) {
    let A = await digest(concat([D, I]));
    for (let r = 1; r < iterations; r++) A = await digest(A);
    blocks.push(A);
    const B = fill(A);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (I[j + k] as number) + (B[k] as number) + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return concat(blocks).subarray(0, size);
}

// ---- reading the file ----------------------------------------------------------------------

const wrongPassword = (cause?: unknown) =>
  new SigningError('signing.wrong_password', 'the PKCS#12 password is wrong', {}, { cause });
const unsupportedEncryption = (oid: string) =>
  new SigningError(
    'signing.unsupported_encryption',
    `PKCS#12 encryption ${oid} is not supported in the browser`,
    { algorithm: oid },
  );
const unsupportedAlgorithm = (oid: string) =>
  new SigningError(
    'signing.unsupported_algorithm',
    isGostOid(oid)
      ? `GOST keys (${oid}) cannot sign in the browser: choose the RSA key, or sign with NCALayer`
      : `key algorithm ${oid} cannot sign in the browser`,
    { algorithm: isGostOid(oid) ? `GOST (${oid})` : oid },
  );

async function verifyMac(pfx: Node, authSafe: Uint8Array, password: string): Promise<void> {
  const macData = child(pfx, 2);
  if (macData === undefined) return;
  let hash: HashName | undefined;
  let expected: Uint8Array;
  let salt: Uint8Array;
  let iterations: number;
  try {
    const digestInfo = child(macData, 0);
    const macOid = oidOf(child(child(digestInfo, 0), 0));
    hash = HASH_BY_OID[macOid];
    if (hash === undefined) throw unsupportedEncryption(macOid);
    expected = octets(child(digestInfo, 1));
    salt = octets(child(macData, 1));
    iterations = child(macData, 2) === undefined ? 1 : intOf(child(macData, 2));
  } catch (error) {
    if (error instanceof SigningError) throw error;
    throw new SigningError('signing.not_pkcs12', 'PKCS#12 MAC data', {}, { cause: error });
  }
  const keyBytes = await pkcs12Kdf(hash, password, salt, 3, iterations, HASH_SIZE[hash].u);
  const key = await subtle().importKey('raw', buf(keyBytes), { name: 'HMAC', hash }, false, ['verify']);
  if (!(await subtle().verify('HMAC', key, buf(expected), buf(authSafe)))) throw wrongPassword();
}

/**
 * Decrypts an EncryptedPrivateKeyInfo / EncryptedContentInfo payload: PBES2 (PBKDF2 + AES-CBC or
 * 3DES-CBC) or a PKCS#12 PBE scheme (3-key / 2-key 3DES, 40- / 128-bit RC2). A wrong password
 * shows as bad padding.
 */
async function decrypt(algorithm: Node | undefined, ciphertext: Uint8Array, password: string) {
  const oid = oidOf(child(algorithm, 0));
  const params = child(algorithm, 1);
  if (isGostOid(oid)) throw unsupportedAlgorithm(oid);
  const pkcs12Pbe = PKCS12_PBE[oid];
  if (pkcs12Pbe !== undefined) {
    const salt = octets(child(params, 0));
    const iterations = intOf(child(params, 1));
    const key = await pkcs12Kdf('SHA-1', password, salt, 1, iterations, pkcs12Pbe.keyBytes);
    const iv = await pkcs12Kdf('SHA-1', password, salt, 2, iterations, 8);
    const plain =
      pkcs12Pbe.cipher === 'rc2'
        ? decryptRc2Cbc(key, pkcs12Pbe.keyBytes * 8, iv, ciphertext)
        : decryptDes3Cbc(pkcs12Pbe.keyBytes === 24 ? key : concat([key, key.subarray(0, 8)]), iv, ciphertext);
    if (plain === null) throw wrongPassword();
    return plain;
  }
  if (oid !== OID.pbes2) throw unsupportedEncryption(oid);
  const kdf = child(params, 0);
  const scheme = child(params, 1);
  const kdfOid = oidOf(child(kdf, 0));
  if (kdfOid !== OID.pbkdf2) throw unsupportedEncryption(kdfOid);
  const kdfParams = child(kdf, 1);
  const salt = octets(child(kdfParams, 0));
  const iterations = intOf(child(kdfParams, 1));
  const prfNode = children(kdfParams)
    .slice(2)
    .find((n) => n instanceof asn1js.Sequence);
  const prfOid = prfNode === undefined ? '1.2.840.113549.2.7' : oidOf(child(prfNode, 0));
  const prf = HMAC_PRF[prfOid];
  if (prf === undefined) throw unsupportedEncryption(prfOid);
  const cipherOid = oidOf(child(scheme, 0));
  if (isGostOid(cipherOid)) throw unsupportedAlgorithm(cipherOid);
  const aesBits = AES_CBC[cipherOid];
  if (aesBits === undefined && cipherOid !== DES_EDE3_CBC) throw unsupportedEncryption(cipherOid);
  const iv = octets(child(scheme, 1));
  const s = subtle();
  const base = await s.importKey('raw', buf(new TextEncoder().encode(password)), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await s.deriveBits(
    { name: 'PBKDF2', hash: prf, salt: buf(salt), iterations },
    base,
    aesBits ?? 192,
  );
  if (aesBits === undefined) {
    const plain = decryptDes3Cbc(new Uint8Array(bits), iv, ciphertext);
    if (plain === null) throw wrongPassword();
    return plain;
  }
  const key = await s.importKey('raw', bits, { name: 'AES-CBC' }, false, ['decrypt']);
  try {
    return new Uint8Array(await s.decrypt({ name: 'AES-CBC', iv: buf(iv) }, key, buf(ciphertext)));
  } catch (error) {
    throw wrongPassword(error);
  }
}

interface RawKey {
  pkcs8: Uint8Array;
}

/** What a PKCS#12 file holds, opened with its password. */
export interface OpenedPkcs12 {
  /** Non-extractable WebCrypto signing key. */
  privateKey: Key;
  algorithm: 'RSA' | 'ECDSA';
  /** The certificate of the private key (DER). */
  certificate: Uint8Array;
  /** The other certificates in the file (issuing CA, root), DER. */
  chain: Uint8Array[];
}

/** The algorithm to import a PKCS#8 key with; GOST and others are `unsupported_algorithm`. */
function importAlgorithmOf(pkcs8: Uint8Array): { alg: ImportAlgorithm; kind: 'RSA' | 'ECDSA' } {
  let oid: string;
  let param: Node | undefined;
  try {
    const algorithm = child(parse(pkcs8), 1);
    oid = oidOf(child(algorithm, 0));
    param = child(algorithm, 1);
  } catch (error) {
    throw wrongPassword(error); // decrypted bytes that are not a key: the password was wrong
  }
  if (oid === OID.rsaEncryption) return { alg: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, kind: 'RSA' };
  if (oid === OID.ecPublicKey) {
    const curveOid = param instanceof asn1js.ObjectIdentifier ? param.valueBlock.toString() : '';
    const namedCurve = CURVES[curveOid];
    if (namedCurve === undefined) throw unsupportedAlgorithm(`${oid} ${curveOid}`.trim());
    return { alg: { name: 'ECDSA', namedCurve }, kind: 'ECDSA' };
  }
  throw unsupportedAlgorithm(oid);
}

/** The public key of a certificate, as the SPKI algorithm OID and the JWK WebCrypto exports. */
async function publicJwkOf(certDer: Uint8Array, alg: ImportAlgorithm) {
  const cert = pkijs.Certificate.fromBER(buf(certDer));
  const spki = cert.subjectPublicKeyInfo;
  const algOid = spki.algorithm.algorithmId;
  if (isGostOid(algOid)) return null;
  try {
    const key = await subtle().importKey('spki', buf(der(spki.toSchema())), alg, true, ['verify']);
    return await subtle().exportKey('jwk', key);
  } catch {
    return null; // another key type
  }
}

const certAlgorithmOf = (certDer: Uint8Array): string => {
  try {
    return pkijs.Certificate.fromBER(buf(certDer)).subjectPublicKeyInfo.algorithm.algorithmId;
  } catch {
    return '';
  }
};

/**
 * Opens a PKCS#12 file: checks the MAC, decrypts the key, finds its certificate. Errors:
 * `signing.not_pkcs12`, `signing.wrong_password`, `signing.unsupported_algorithm` (GOST),
 * `signing.unsupported_encryption`, `signing.key_not_found`.
 */
export async function openPkcs12(p12: ArrayBuffer | Uint8Array, password: string): Promise<OpenedPkcs12> {
  const bytes = p12 instanceof Uint8Array ? p12 : new Uint8Array(p12);
  let pfx: Node;
  let authSafe: Uint8Array;
  try {
    pfx = parse(bytes);
    if (!(pfx instanceof asn1js.Sequence) || intOf(child(pfx, 0)) !== 3) throw new Malformed('not a PFX');
    const outer = child(pfx, 1);
    const type = oidOf(child(outer, 0));
    if (type === OID.signedData) throw unsupportedEncryption(type); // public-key integrity mode
    if (type !== OID.data) throw new Malformed('authSafe is not data');
    authSafe = octets(explicit(child(outer, 1)));
  } catch (error) {
    if (error instanceof SigningError) throw error;
    throw new SigningError('signing.not_pkcs12', 'not a PKCS#12 file', {}, { cause: error });
  }
  await verifyMac(pfx, authSafe, password);

  const keys: RawKey[] = [];
  const certs: Uint8Array[] = [];
  let skipped: SigningError | null = null;
  const readBags = async (safeContents: Uint8Array) => {
    for (const bag of children(parse(safeContents))) {
      const id = oidOf(child(bag, 0));
      const value = explicit(child(bag, 1));
      if (value === undefined) continue;
      if (id === OID.keyBag) keys.push({ pkcs8: der(value) });
      else if (id === OID.shroudedKeyBag)
        keys.push({ pkcs8: await decrypt(child(value, 0), octets(child(value, 1)), password) });
      else if (id === OID.certBag && oidOf(child(value, 0)) === OID.x509Certificate)
        certs.push(octets(explicit(child(value, 1))));
    }
  };
  try {
    for (const info of children(parse(authSafe))) {
      const type = oidOf(child(info, 0));
      const content = explicit(child(info, 1));
      if (type === OID.data) await readBags(octets(content));
      else if (type === OID.encryptedData) {
        const eci = child(content, 1);
        const encrypted = child(eci, 2);
        if (encrypted === undefined) continue;
        try {
          await readBags(await decrypt(child(eci, 1), implicitOctets(encrypted), password));
        } catch (error) {
          // A certificate safe under a cipher we lack next to a readable key: fail only if it matters.
          if (error instanceof SigningError && error.code === 'signing.unsupported_encryption')
            skipped = error;
          else throw error;
        }
      }
    }
  } catch (error) {
    if (error instanceof SigningError) throw error;
    throw new SigningError('signing.not_pkcs12', 'PKCS#12 contents', {}, { cause: error });
  }

  const gost = certs.map(certAlgorithmOf).find(isGostOid);
  const raw = keys[0];
  if (raw === undefined) {
    if (gost !== undefined) throw unsupportedAlgorithm(gost);
    if (skipped !== null) throw skipped;
    throw new SigningError('signing.key_not_found', 'no private key in the file');
  }
  const { alg, kind } = importAlgorithmOf(raw.pkcs8);
  let probe: Key;
  try {
    probe = await subtle().importKey('pkcs8', buf(raw.pkcs8), alg, true, ['sign']);
  } catch (error) {
    throw wrongPassword(error);
  }
  const jwk = await subtle().exportKey('jwk', probe);
  let certificate: Uint8Array | undefined;
  for (const c of certs) {
    const pub = await publicJwkOf(c, alg);
    if (pub === null) continue;
    const same = kind === 'RSA' ? pub.n === jwk.n && pub.e === jwk.e : pub.x === jwk.x && pub.y === jwk.y;
    if (same) {
      certificate = c;
      break;
    }
  }
  if (certificate === undefined) {
    if (skipped !== null) throw skipped;
    throw new SigningError('signing.key_not_found', 'no certificate for the private key in the file');
  }
  const privateKey = await subtle().importKey('pkcs8', buf(raw.pkcs8), alg, false, ['sign']);
  return { privateKey, algorithm: kind, certificate, chain: certs.filter((c) => c !== certificate) };
}

// ---- the CMS -------------------------------------------------------------------------------

export interface Pkcs12SignOptions {
  /** The signing time written in the signature. Default: now. */
  now?: Date;
  /** Put the file's other certificates (issuing CA, root) in the signature too. Default true. */
  includeChain?: boolean;
}

const attribute = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] });

/** CAdES signing-certificate-v2 (RFC 5035) with SHA-256, the default hash (so no AlgorithmIdentifier). */
async function signingCertificateV2(certDer: Uint8Array): Promise<asn1js.Sequence> {
  const hash = await subtle().digest('SHA-256', buf(certDer));
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: hash })] })],
      }),
    ],
  });
}

/** Sorts attributes by their DER, as a DER SET OF wants. */
function sortDer(attrs: pkijs.Attribute[]): pkijs.Attribute[] {
  const keyed = attrs.map((a) => ({ a, d: der(a.toSchema()) }));
  keyed.sort((x, y) => {
    const n = Math.min(x.d.length, y.d.length);
    for (let i = 0; i < n; i++) if (x.d[i] !== y.d[i]) return (x.d[i] as number) - (y.d[i] as number);
    return x.d.length - y.d.length;
  });
  return keyed.map((k) => k.a);
}

/** A detached CMS over `content` with an opened key, base64. */
export async function signDetachedCms(
  content: Uint8Array,
  key: OpenedPkcs12,
  options: Pkcs12SignOptions = {},
): Promise<string> {
  const s = subtle();
  // pkijs's ICryptoEngine extends the lib's SubtleCrypto, which TypeScript 6 grew (encapsulateKey, …)
  // past what pkijs 4 implements; the methods SignedData.sign uses are all there.
  const engine = new pkijs.CryptoEngine({
    name: 'webcrypto',
    crypto: globalThis.crypto,
  }) as unknown as pkijs.ICryptoEngine;
  const now = options.now ?? new Date();
  const cert = pkijs.Certificate.fromBER(buf(key.certificate));
  const chain = (options.includeChain ?? true) ? key.chain.map((c) => pkijs.Certificate.fromBER(buf(c))) : [];
  const digest = await s.digest('SHA-256', buf(content));
  const time =
    now.getUTCFullYear() < 2050
      ? new asn1js.UTCTime({ valueDate: now })
      : new asn1js.GeneralizedTime({ valueDate: now });
  const attributes = sortDer([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.signingTime, time),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: digest })),
    attribute(OID.signingCertificateV2, await signingCertificateV2(key.certificate)),
  ]);
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [cert, ...chain],
  });
  await signed.sign(key.privateKey, 0, 'SHA-256', undefined, engine);
  const info = new pkijs.ContentInfo({ contentType: OID.signedData, content: signed.toSchema() });
  return bytesToBase64(der(info.toSchema()));
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
