/**
 * PKCS#12 (RFC 7292) key files, the one implementation the server and the browser share: it
 * imports nothing from node:*, so Vite bundles it into the web pages' signing chunk as it is.
 *
 * Reads what the national CA (NCA), Java, OpenSSL 1 and OpenSSL 3 write: the integrity MAC
 * (HMAC-SHA-1 / SHA-2), shrouded keys and encrypted safes under PBES2 (PBKDF2 + AES-CBC or
 * DES-EDE3-CBC) or the PKCS#12 schemes pbeWithSHAAnd3-/2-KeyTripleDES-CBC and
 * pbeWithSHAAnd128/40BitRC2-CBC — the NCA's own files keep their key under 3DES and their
 * certificates under RC2-40. Any key algorithm is read (RSA, EC, GOST): the caller gets the
 * PKCS#8 bytes and the algorithm OID and decides whether it can sign with it.
 *
 * Structures: @peculiar/asn1-pfx / -pkcs8 / -cms. Hashes, HMAC, PBKDF2: @noble/hashes. AES:
 * @noble/ciphers. 3DES and RC2: node-forge (legacy-ciphers.ts). The PKCS#12 key derivation
 * (appendix B.2) is the only algorithm written here: no maintained library exports it alone.
 */
import { cbc } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { randomBytes, type CHash } from '@noble/hashes/utils.js';
import { ContentInfo, EncryptedContentInfo } from '@peculiar/asn1-cms';
import {
  AuthenticatedSafe,
  CertBag,
  MacData,
  PFX,
  PKCS12Attribute,
  SafeBag,
  SafeContents,
} from '@peculiar/asn1-pfx';
import { EncryptedPrivateKeyInfo, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { DigestInfo } from '@peculiar/asn1-rsa';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { decryptDesEde3Cbc, decryptRc2Cbc } from './legacy-ciphers.ts';
import { OID } from './oids.ts';

/** The SHA hashes a file may name: by digest OID for its MAC, by HMAC OID as PBKDF2's PRF. */
const SHA_HASHES: { hash: CHash; digest: string; hmac: string }[] = [
  { hash: sha1, digest: OID.sha1, hmac: OID.hmacWithSha1 },
  { hash: sha224, digest: OID.sha224, hmac: OID.hmacWithSha224 },
  { hash: sha256, digest: OID.sha256, hmac: OID.hmacWithSha256 },
  { hash: sha384, digest: OID.sha384, hmac: OID.hmacWithSha384 },
  { hash: sha512, digest: OID.sha512, hmac: OID.hmacWithSha512 },
];
const DIGESTS = new Map(SHA_HASHES.map((h) => [h.digest, h.hash]));
const HMAC_PRF = new Map(SHA_HASHES.map((h) => [h.hmac, h.hash]));
const AES_CBC_KEY_BYTES: Record<string, number> = {
  '2.16.840.1.101.3.4.1.2': 16,
  '2.16.840.1.101.3.4.1.22': 24,
  [OID.aes256Cbc]: 32,
};
/** The PKCS#12 password-based schemes (RFC 7292 appendix C): SHA-1 KDF, then 3DES or RC2. */
const PKCS12_PBE: Record<string, { cipher: '3des' | 'rc2'; keyBytes: number }> = {
  '1.2.840.113549.1.12.1.3': { cipher: '3des', keyBytes: 24 },
  '1.2.840.113549.1.12.1.4': { cipher: '3des', keyBytes: 16 },
  '1.2.840.113549.1.12.1.5': { cipher: 'rc2', keyBytes: 16 },
  '1.2.840.113549.1.12.1.6': { cipher: 'rc2', keyBytes: 5 },
};

export type Pkcs12Failure =
  /** Not a PKCS#12 file (or a damaged one). */
  | 'not_pkcs12'
  /** The MAC does not verify, or decryption gives garbage. */
  | 'wrong_password'
  /** A cipher, KDF or integrity mode this module does not read (`algorithm` names it). */
  | 'unsupported_encryption'
  /** No private key, or no certificate for it, in the file. */
  | 'key_not_found';

/** Why a file cannot be opened; the server and the browser turn it into their own error codes. */
export class Pkcs12Error extends Error {
  override readonly name = 'Pkcs12Error';
  constructor(
    readonly reason: Pkcs12Failure,
    message: string,
    readonly algorithm?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A private key as the file holds it. */
export interface Pkcs12PrivateKey {
  /** PKCS#8 PrivateKeyInfo, DER. */
  pkcs8: Uint8Array;
  /** The key's algorithm OID (rsaEncryption, ecPublicKey, a GOST OID under 1.2.398.3.10 or 1.2.643). */
  algorithm: string;
  /** The algorithm's parameter when it is an OID (the EC curve, the GOST parameter set). */
  parameters?: string;
}

/** The private key of a file with its certificate and the file's other certificates. */
export interface Pkcs12KeyFile {
  key: Pkcs12PrivateKey;
  /** The key's certificate, DER. */
  certificate: Uint8Array;
  /** The other certificates in the file (issuing CA, root), DER. */
  chain: Uint8Array[];
}

// ---- helpers --------------------------------------------------------------------------------

const bytes = (b: ArrayBuffer | ArrayBufferView): Uint8Array =>
  b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const equal = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const parse = <T>(der: ArrayBuffer | Uint8Array, type: new () => T): T => AsnConvert.parse(der, type);

/** The children of a BER SEQUENCE given as bytes (algorithm parameters). */
function sequence(der: ArrayBuffer | undefined): asn1js.AsnType[] {
  if (der === undefined) throw new Pkcs12Error('not_pkcs12', 'missing algorithm parameters');
  const { offset, result } = asn1js.fromBER(der);
  if (offset === -1 || !(result instanceof asn1js.Sequence))
    throw new Pkcs12Error('not_pkcs12', 'algorithm parameters are not a SEQUENCE');
  return result.valueBlock.value;
}
const octetsOf = (n: asn1js.AsnType | undefined): Uint8Array => {
  if (!(n instanceof asn1js.OctetString)) throw new Pkcs12Error('not_pkcs12', 'expected an OCTET STRING');
  return n.idBlock.isConstructed
    ? concat(n.valueBlock.value.map((c) => octetsOf(c)))
    : new Uint8Array(n.valueBlock.valueHexView);
};
const intOf = (n: asn1js.AsnType | undefined): number => {
  if (!(n instanceof asn1js.Integer)) throw new Pkcs12Error('not_pkcs12', 'expected an INTEGER');
  return n.valueBlock.valueDec;
};
const oidOf = (n: asn1js.AsnType | undefined): string => {
  if (!(n instanceof asn1js.ObjectIdentifier))
    throw new Pkcs12Error('not_pkcs12', 'expected an OBJECT IDENTIFIER');
  return n.valueBlock.toString();
};
/** OCTET STRING content, primitive or constructed (Java writes constructed ones). */
const octetStringContent = (der: ArrayBuffer): Uint8Array => octetsOf(asn1js.fromBER(der).result);

// ---- PKCS#12 key derivation (RFC 7292 appendix B.2) -----------------------------------------

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

/** Derives `size` bytes for purpose `id` (1 key, 2 IV, 3 MAC key) from a password. */
export function pkcs12Kdf(
  hash: CHash,
  password: string,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  size: number,
): Uint8Array {
  const u = hash.outputLen;
  const v = hash.blockLen;
  const fill = (src: Uint8Array) => {
    const len = src.length === 0 ? 0 : v * Math.ceil(src.length / v);
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) out[i] = src[i % src.length] as number;
    return out;
  };
  const D = new Uint8Array(v).fill(id);
  const I = concat([fill(salt), fill(bmpPassword(password))]);
  const blocks: Uint8Array[] = [];
  for (let produced = 0; produced < size; produced += u) {
    let A = hash(concat([D, I]));
    for (let r = 1; r < iterations; r++) A = hash(A);
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

// ---- decryption -----------------------------------------------------------------------------

const wrongPassword = (cause?: unknown) =>
  new Pkcs12Error('wrong_password', 'the PKCS#12 password is wrong', undefined, { cause });
const unsupported = (oid: string) =>
  new Pkcs12Error('unsupported_encryption', `PKCS#12 encryption ${oid} is not supported`, oid);

/** Decrypts under PBES2 or a PKCS#12 PBE scheme; bad padding means a wrong password. */
function decrypt(algorithm: AlgorithmIdentifier, ciphertext: Uint8Array, password: string): Uint8Array {
  const pbe = PKCS12_PBE[algorithm.algorithm];
  if (pbe !== undefined) {
    const [saltNode, iterationsNode] = sequence(algorithm.parameters ?? undefined);
    const salt = octetsOf(saltNode);
    const iterations = intOf(iterationsNode);
    const key = pkcs12Kdf(sha1, password, salt, 1, iterations, pbe.keyBytes);
    const iv = pkcs12Kdf(sha1, password, salt, 2, iterations, 8);
    const plain =
      pbe.cipher === 'rc2'
        ? decryptRc2Cbc(key, pbe.keyBytes * 8, iv, ciphertext)
        : decryptDesEde3Cbc(pbe.keyBytes === 24 ? key : concat([key, key.subarray(0, 8)]), iv, ciphertext);
    if (plain === null) throw wrongPassword();
    return plain;
  }
  if (algorithm.algorithm !== OID.pbes2) throw unsupported(algorithm.algorithm);
  const [kdf, scheme] = sequence(algorithm.parameters ?? undefined);
  const kdfParts = (kdf as asn1js.Sequence | undefined)?.valueBlock.value ?? [];
  const kdfOid = oidOf(kdfParts[0]);
  if (kdfOid !== OID.pbkdf2) throw unsupported(kdfOid);
  const kdfParams = (kdfParts[1] as asn1js.Sequence | undefined)?.valueBlock.value ?? [];
  const salt = octetsOf(kdfParams[0]);
  const iterations = intOf(kdfParams[1]);
  const prfNode = kdfParams.slice(2).find((n) => n instanceof asn1js.Sequence);
  // RFC 8018 A.2: an absent PRF is HMAC-SHA-1.
  const prfOid = prfNode === undefined ? OID.hmacWithSha1 : oidOf(prfNode.valueBlock.value[0]);
  const prf = HMAC_PRF.get(prfOid);
  if (prf === undefined) throw unsupported(prfOid);
  const schemeParts = (scheme as asn1js.Sequence | undefined)?.valueBlock.value ?? [];
  const cipherOid = oidOf(schemeParts[0]);
  const iv = octetsOf(schemeParts[1]);
  const aesKeyBytes = AES_CBC_KEY_BYTES[cipherOid];
  if (aesKeyBytes === undefined && cipherOid !== OID.desEde3Cbc) throw unsupported(cipherOid);
  // PBES2 passwords are UTF-8 (RFC 8018), unlike the BMPString of the PKCS#12 schemes.
  const key = pbkdf2(prf, new TextEncoder().encode(password), salt, {
    c: iterations,
    dkLen: aesKeyBytes ?? 24,
  });
  if (aesKeyBytes === undefined) {
    const plain = decryptDesEde3Cbc(key, iv, ciphertext);
    if (plain === null) throw wrongPassword();
    return plain;
  }
  try {
    return cbc(key, iv).decrypt(ciphertext);
  } catch (error) {
    throw wrongPassword(error);
  }
}

function verifyMac(macData: MacData, authSafe: Uint8Array, password: string): void {
  const digestOid = macData.mac.digestAlgorithm.algorithm;
  const hash = DIGESTS.get(digestOid);
  if (hash === undefined) throw unsupported(digestOid);
  const key = pkcs12Kdf(hash, password, bytes(macData.macSalt.buffer), 3, macData.iterations, hash.outputLen);
  const expected = bytes(macData.mac.digest.buffer);
  if (!equal(hmac(hash, key, authSafe), expected)) throw wrongPassword();
}

// ---- reading --------------------------------------------------------------------------------

/** Everything a file holds, decrypted, before the key is paired with its certificate. */
export interface Pkcs12Contents {
  keys: { key: Pkcs12PrivateKey; localKeyId?: Uint8Array }[];
  certificates: { der: Uint8Array; localKeyId?: Uint8Array }[];
}

const localKeyIdOf = (bag: SafeBag): Uint8Array | undefined => {
  const value = bag.bagAttributes?.find((a) => a.attrId === OID.localKeyId)?.attrValues[0];
  return value === undefined ? undefined : octetStringContent(value);
};

/** The algorithm of a PKCS#8 key; garbage here means the decryption key (the password) was wrong. */
function privateKeyOf(pkcs8: Uint8Array): Pkcs12PrivateKey {
  let info: PrivateKeyInfo;
  try {
    info = parse(pkcs8, PrivateKeyInfo);
  } catch (error) {
    throw wrongPassword(error);
  }
  const params = info.privateKeyAlgorithm.parameters;
  let parameters: string | undefined;
  if (params) {
    const { result } = asn1js.fromBER(params);
    if (result instanceof asn1js.ObjectIdentifier) parameters = result.valueBlock.toString();
    // GOST keys carry SEQUENCE { public-key parameter set, digest parameter set }.
    else if (
      result instanceof asn1js.Sequence &&
      result.valueBlock.value[0] instanceof asn1js.ObjectIdentifier
    )
      parameters = result.valueBlock.value[0].valueBlock.toString();
  }
  return {
    pkcs8,
    algorithm: info.privateKeyAlgorithm.algorithm,
    ...(parameters === undefined ? {} : { parameters }),
  };
}

function readSafeContents(der: Uint8Array, password: string | null, out: Pkcs12Contents): void {
  for (const bag of parse(der, SafeContents)) {
    const localKeyId = localKeyIdOf(bag);
    const withId = localKeyId === undefined ? {} : { localKeyId };
    if (bag.bagId === OID.certBag) {
      const cert = parse(bag.bagValue, CertBag);
      if (cert.certId === OID.x509Certificate)
        out.certificates.push({ der: octetStringContent(cert.certValue), ...withId });
    } else if (password === null) continue;
    else if (bag.bagId === OID.keyBag) out.keys.push({ key: privateKeyOf(bytes(bag.bagValue)), ...withId });
    else if (bag.bagId === OID.shroudedKeyBag) {
      const info = parse(bag.bagValue, EncryptedPrivateKeyInfo);
      const plain = decrypt(info.encryptionAlgorithm, bytes(info.encryptedData.buffer), password);
      out.keys.push({ key: privateKeyOf(plain), ...withId });
    }
  }
}

/** The PFX and its authenticated contents (the bytes the MAC covers). */
function outer(file: Uint8Array): { pfx: PFX; authSafe: Uint8Array } {
  try {
    const pfx = parse(file, PFX);
    if (pfx.version !== 3) throw new Error(`PFX version ${pfx.version}`);
    if (pfx.authSafe.contentType === OID.signedData) throw unsupported(OID.signedData); // public-key integrity
    if (pfx.authSafe.contentType !== OID.data) throw new Error('authSafe is not data');
    return { pfx, authSafe: octetStringContent(pfx.authSafe.content) };
  } catch (error) {
    if (error instanceof Pkcs12Error) throw error;
    throw new Pkcs12Error('not_pkcs12', 'not a PKCS#12 file', undefined, { cause: error });
  }
}

/**
 * Reads a whole file: checks the MAC, decrypts every key and safe. With `password` null only the
 * certificates of plain (unencrypted) safes are read and nothing is checked.
 */
export function readPkcs12(file: ArrayBuffer | Uint8Array, password: string | null): Pkcs12Contents {
  const { pfx, authSafe } = outer(bytes(file));
  if (password !== null && pfx.macData !== undefined) verifyMac(pfx.macData, authSafe, password);
  const out: Pkcs12Contents = { keys: [], certificates: [] };
  try {
    for (const info of parse(authSafe, AuthenticatedSafe)) {
      if (info.contentType === OID.data) readSafeContents(octetStringContent(info.content), password, out);
      else if (info.contentType === OID.encryptedData && password !== null) {
        // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo, … } (no schema class in asn1-cms).
        const fields = sequence(info.content);
        if (fields[1] === undefined) throw new Error('EncryptedData without content');
        const eci = parse(der(fields[1]), EncryptedContentInfo);
        const encrypted = eci.encryptedContent;
        if (encrypted === undefined) continue;
        const ciphertext =
          encrypted.value !== undefined
            ? bytes(encrypted.value.buffer)
            : concat((encrypted.constructedValue ?? []).map((o) => bytes(o.buffer)));
        readSafeContents(decrypt(eci.contentEncryptionAlgorithm, ciphertext, password), password, out);
      }
    }
  } catch (error) {
    if (error instanceof Pkcs12Error) throw error;
    // Without a MAC a wrong password shows only as contents that do not parse.
    if (pfx.macData === undefined && password !== null) throw wrongPassword(error);
    throw new Pkcs12Error('not_pkcs12', 'PKCS#12 contents', undefined, { cause: error });
  }
  return out;
}

/** The public key a private key implies, where PKCS#8 lets us see it without big-number maths. */
function publicKeyMatches(key: Pkcs12PrivateKey, certDer: Uint8Array): boolean {
  try {
    const spki = parse(certDer, Certificate).tbsCertificate.subjectPublicKeyInfo;
    if (spki.algorithm.algorithm !== key.algorithm) return false;
    const inner = asn1js.fromBER(parse(key.pkcs8, PrivateKeyInfo).privateKey.buffer).result;
    const fields = (inner as asn1js.Sequence).valueBlock.value;
    if (key.algorithm === OID.rsaEncryption) {
      // RSAPrivateKey { version, modulus, publicExponent, … } against RSAPublicKey { modulus, exponent }.
      const pub = (asn1js.fromBER(spki.subjectPublicKey).result as asn1js.Sequence).valueBlock.value;
      return (
        equal(
          bytes((fields[1] as asn1js.Integer).valueBlock.valueHexView),
          bytes((pub[0] as asn1js.Integer).valueBlock.valueHexView),
        ) &&
        equal(
          bytes((fields[2] as asn1js.Integer).valueBlock.valueHexView),
          bytes((pub[1] as asn1js.Integer).valueBlock.valueHexView),
        )
      );
    }
    if (key.algorithm === OID.ecPublicKey) {
      // ECPrivateKey { version, privateKey, [0] parameters, [1] publicKey BIT STRING }.
      const tagged = fields.find((f) => f.idBlock.tagClass === 3 && f.idBlock.tagNumber === 1) as
        asn1js.Constructed | undefined;
      const point = tagged?.valueBlock.value[0];
      return (
        point instanceof asn1js.BitString &&
        equal(bytes(point.valueBlock.valueHexView), bytes(spki.subjectPublicKey))
      );
    }
  } catch {
    return false;
  }
  return false;
}

/** The first private key with its certificate: by public key where it shows, else by localKeyId. */
export function pairKeyAndCertificate(contents: Pkcs12Contents): Pkcs12KeyFile {
  const entry = contents.keys[0];
  if (entry === undefined) throw new Pkcs12Error('key_not_found', 'no private key in the file');
  const byKey = contents.certificates.find((c) => publicKeyMatches(entry.key, c.der));
  const id = entry.localKeyId;
  const byId =
    id === undefined
      ? undefined
      : contents.certificates.find((c) => c.localKeyId !== undefined && equal(c.localKeyId, id));
  const certificate = byKey ?? byId;
  if (certificate === undefined)
    throw new Pkcs12Error(
      'key_not_found',
      'no certificate for the private key in the file',
      entry.key.algorithm,
    );
  return {
    key: entry.key,
    certificate: certificate.der,
    chain: contents.certificates.filter((c) => c !== certificate).map((c) => c.der),
  };
}

/** Opens a key file: checks the MAC, decrypts the key, finds its certificate. Throws Pkcs12Error. */
export function openPkcs12(file: ArrayBuffer | Uint8Array, password: string): Pkcs12KeyFile {
  return pairKeyAndCertificate(readPkcs12(file, password));
}

/** The certificates of a file readable without the password (plain safes only), DER. */
export function pkcs12Certificates(file: ArrayBuffer | Uint8Array): Uint8Array[] {
  return readPkcs12(file, null).certificates.map((c) => c.der);
}

// ---- writing --------------------------------------------------------------------------------

const der = (n: asn1js.AsnType): ArrayBuffer => n.toBER(false);
const serialize = (value: unknown): ArrayBuffer => AsnConvert.serialize(value);

/**
 * Writes a PKCS#12 file the way OpenSSL 3 does by default: the key under PBES2 (PBKDF2-SHA256,
 * 2048 rounds, AES-256-CBC), an HMAC-SHA256 integrity check. Certificates go in a plain safe, so
 * that `ruqsat pki revoke` can read the serial without the password.
 */
export function writePkcs12(
  pkcs8: Uint8Array,
  certificate: Uint8Array,
  chain: readonly Uint8Array[],
  password: string,
  friendlyName = 'ruqsat',
): Uint8Array {
  const iterations = 2048;
  const keySalt = randomBytes(16);
  const iv = randomBytes(16);
  const encryptionKey = pbkdf2(sha256, new TextEncoder().encode(password), keySalt, {
    c: iterations,
    dkLen: 32,
  });
  const pbes2Params = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: OID.pbkdf2 }),
          new asn1js.Sequence({
            value: [
              new asn1js.OctetString({ valueHex: keySalt }),
              new asn1js.Integer({ value: iterations }),
              new asn1js.Sequence({
                value: [new asn1js.ObjectIdentifier({ value: OID.hmacWithSha256 }), new asn1js.Null()],
              }),
            ],
          }),
        ],
      }),
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: OID.aes256Cbc }),
          new asn1js.OctetString({ valueHex: iv }),
        ],
      }),
    ],
  });
  const shrouded = new EncryptedPrivateKeyInfo({
    encryptionAlgorithm: new AlgorithmIdentifier({ algorithm: OID.pbes2, parameters: der(pbes2Params) }),
    encryptedData: new OctetString(cbc(encryptionKey, iv).encrypt(pkcs8)),
  });
  // PKCS12Attribute's constructor drops its parameters (asn1-pfx 2.11: `Object.assign(params)`).
  const attribute = (attrId: string, value: asn1js.AsnType) =>
    Object.assign(new PKCS12Attribute(), { attrId, attrValues: [der(value)] });
  const attributes = [
    attribute(OID.localKeyId, new asn1js.OctetString({ valueHex: sha1(certificate) })),
    attribute(OID.friendlyName, new asn1js.BmpString({ value: friendlyName })),
  ];
  const certBag = (cert: Uint8Array, withAttributes: boolean) =>
    new SafeBag({
      bagId: OID.certBag,
      bagValue: serialize(
        new CertBag({
          certId: OID.x509Certificate,
          certValue: der(new asn1js.OctetString({ valueHex: cert })),
        }),
      ),
      ...(withAttributes ? { bagAttributes: attributes } : {}),
    });
  const dataInfo = (bags: SafeBag[]) =>
    new ContentInfo({
      contentType: OID.data,
      content: serialize(new OctetString(serialize(new SafeContents(bags)))),
    });
  const authSafe = new Uint8Array(
    serialize(
      new AuthenticatedSafe([
        dataInfo([
          new SafeBag({
            bagId: OID.shroudedKeyBag,
            bagValue: serialize(shrouded),
            bagAttributes: attributes,
          }),
        ]),
        dataInfo([certBag(certificate, true), ...chain.map((c) => certBag(c, false))]),
      ]),
    ),
  );
  const macSalt = randomBytes(16);
  const macKey = pkcs12Kdf(sha256, password, macSalt, 3, iterations, 32);
  const pfx = new PFX({
    version: 3,
    authSafe: new ContentInfo({ contentType: OID.data, content: serialize(new OctetString(authSafe)) }),
    macData: new MacData({
      mac: new DigestInfo({
        digestAlgorithm: new AlgorithmIdentifier({ algorithm: OID.sha256, parameters: null }),
        digest: new OctetString(hmac(sha256, macKey, authSafe)),
      }),
      macSalt: new OctetString(macSalt),
      iterations,
    }),
  });
  return new Uint8Array(serialize(pfx));
}
