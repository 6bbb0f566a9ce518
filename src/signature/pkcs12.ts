/**
 * PKCS#12 (RFC 7292) key files, read and written with node:crypto and asn1js. Reads what the
 * national CA and OpenSSL produce: shrouded keys under PBES2 or pbeWithSHAAnd3-KeyTripleDES-CBC,
 * certificates in plain or PBES2 / 3DES-encrypted safes, and an HMAC integrity check (SHA-1 or
 * SHA-2). RC2-encrypted safes (old Java exports) are refused: OpenSSL 3 keeps RC2 in its legacy
 * provider, which Node does not load.
 */
import {
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  pbkdf2Sync,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import * as asn1js from 'asn1js';
import { AppError } from '../errors/app-error.ts';
import { bytesEqual, parseCertificate, type ParsedCertificate } from './certificate.ts';
import { OID } from './oids.ts';

const P12 = {
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
  encryptedData: '1.2.840.113549.1.7.6',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbeSha3Des: '1.2.840.113549.1.12.1.3',
  hmacWithSha1: '1.2.840.113549.2.7',
  hmacWithSha256: '1.2.840.113549.2.9',
  hmacWithSha384: '1.2.840.113549.2.10',
  hmacWithSha512: '1.2.840.113549.2.11',
} as const;

const CIPHERS: Record<string, string> = {
  '2.16.840.1.101.3.4.1.2': 'aes-128-cbc',
  '2.16.840.1.101.3.4.1.22': 'aes-192-cbc',
  '2.16.840.1.101.3.4.1.42': 'aes-256-cbc',
  '1.2.840.113549.3.7': 'des-ede3-cbc',
};
const PRF: Record<string, string> = {
  [P12.hmacWithSha1]: 'sha1',
  [P12.hmacWithSha256]: 'sha256',
  [P12.hmacWithSha384]: 'sha384',
  [P12.hmacWithSha512]: 'sha512',
};
const MAC_DIGEST: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

export interface KeyAndCertificate {
  key: KeyObject;
  certificate: ParsedCertificate;
  /** The other certificates in the file (issuing CA, root). */
  chain: ParsedCertificate[];
}

const unreadable = (reason: string, cause?: unknown) =>
  new AppError('signature.key_unreadable', `PKCS#12: ${reason}`, { reason }, { cause });

// ---- asn1js helpers -------------------------------------------------------------------------

type Node = asn1js.AsnType;
const children = (n: Node | undefined): Node[] => {
  const v = (n as asn1js.Constructed | undefined)?.valueBlock?.value;
  return Array.isArray(v) ? v : [];
};
const child = (n: Node | undefined, i: number): Node | undefined => children(n)[i];
const oidOf = (n: Node | undefined): string => {
  if (!(n instanceof asn1js.ObjectIdentifier)) throw unreadable('expected an object identifier');
  return n.valueBlock.toString();
};
const intOf = (n: Node | undefined): number => {
  if (!(n instanceof asn1js.Integer)) throw unreadable('expected an integer');
  return n.valueBlock.valueDec;
};
/** The bytes of an OCTET STRING, primitive or (as Java writes them) constructed. */
const octets = (n: Node | undefined): Uint8Array => {
  if (!(n instanceof asn1js.OctetString)) throw unreadable('expected an octet string');
  if (!n.idBlock.isConstructed) return new Uint8Array(n.valueBlock.valueHexView);
  return Buffer.concat(children(n).map((c) => octets(c)));
};
const parse = (bytes: Uint8Array): Node => {
  const { offset, result } = asn1js.fromBER(bytes);
  if (offset === -1) throw unreadable('not DER');
  return result;
};
/** The inside of an [n] EXPLICIT wrapper. */
const explicit = (n: Node | undefined): Node | undefined => child(n, 0);
const der = (n: asn1js.AsnType): Uint8Array => new Uint8Array(n.toBER(false));

// ---- PKCS#12 key derivation (RFC 7292 appendix B.2) -----------------------------------------

const bmpPassword = (password: string): Buffer => {
  const out = Buffer.alloc(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) out.writeUInt16BE(password.charCodeAt(i), i * 2);
  return out;
};

/** Derives `size` bytes for purpose `id` (1 key, 2 IV, 3 MAC key) from a password. */
export function pkcs12Kdf(
  hash: string,
  password: string,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  size: number,
): Buffer {
  const u = createHash(hash).digest().length;
  const v = hash === 'sha384' || hash === 'sha512' ? 128 : 64;
  const pw = bmpPassword(password);
  const fill = (src: Uint8Array) => {
    const len = src.length === 0 ? 0 : v * Math.ceil(src.length / v);
    const out = Buffer.alloc(len);
    for (let i = 0; i < len; i++) out[i] = src[i % src.length] as number;
    return out;
  };
  const D = Buffer.alloc(v, id);
  const I = Buffer.concat([fill(salt), fill(pw)]);
  const blocks: Buffer[] = [];
  for (let produced = 0; produced < size; produced += u) {
    let A = createHash(hash).update(D).update(I).digest();
    for (let r = 1; r < iterations; r++) A = createHash(hash).update(A).digest();
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
  return Buffer.concat(blocks).subarray(0, size);
}

// ---- reading --------------------------------------------------------------------------------

/** Decrypts an EncryptedData / EncryptedPrivateKeyInfo payload under PBES2 or PKCS#12 3DES. */
function decrypt(algorithm: Node | undefined, ciphertext: Uint8Array, password: string): Buffer {
  const oid = oidOf(child(algorithm, 0));
  const params = child(algorithm, 1);
  try {
    if (oid === P12.pbeSha3Des) {
      const salt = octets(child(params, 0));
      const iterations = intOf(child(params, 1));
      const key = pkcs12Kdf('sha1', password, salt, 1, iterations, 24);
      const iv = pkcs12Kdf('sha1', password, salt, 2, iterations, 8);
      const d = createDecipheriv('des-ede3-cbc', key, iv);
      return Buffer.concat([d.update(ciphertext), d.final()]);
    }
    if (oid === P12.pbes2) {
      const kdf = child(params, 0);
      const scheme = child(params, 1);
      if (oidOf(child(kdf, 0)) !== P12.pbkdf2) throw unreadable('PBES2 key derivation other than PBKDF2');
      const kdfParams = child(kdf, 1);
      const salt = octets(child(kdfParams, 0));
      const iterations = intOf(child(kdfParams, 1));
      const rest = children(kdfParams).slice(2);
      const prfNode = rest.find((n) => n instanceof asn1js.Sequence);
      const prf = prfNode === undefined ? 'sha1' : PRF[oidOf(child(prfNode, 0))];
      const cipher = CIPHERS[oidOf(child(scheme, 0))];
      if (prf === undefined || cipher === undefined) throw unreadable('PBES2 cipher or PRF not supported');
      const keyLength = cipher === 'des-ede3-cbc' ? 24 : Number(cipher.slice(4, 7)) / 8;
      const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, keyLength, prf);
      const d = createDecipheriv(cipher, key, octets(child(scheme, 1)));
      return Buffer.concat([d.update(ciphertext), d.final()]);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A wrong password shows up as bad padding here.
    throw new AppError('signature.wrong_password', 'PKCS#12 decryption failed', {}, { cause: error });
  }
  throw unreadable(`encryption ${oid} not supported (re-export the key with AES)`);
}

function verifyMac(pfx: Node, authSafe: Uint8Array, password: string): void {
  const macData = child(pfx, 2);
  if (macData === undefined) return;
  const digestInfo = child(macData, 0);
  const hash = MAC_DIGEST[oidOf(child(child(digestInfo, 0), 0))];
  if (hash === undefined) throw unreadable('MAC digest not supported');
  const expected = octets(child(digestInfo, 1));
  const salt = octets(child(macData, 1));
  const iterations = child(macData, 2) === undefined ? 1 : intOf(child(macData, 2));
  const key = pkcs12Kdf(hash, password, salt, 3, iterations, createHash(hash).digest().length);
  const actual = createHmac(hash, key).update(authSafe).digest();
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw new AppError('signature.wrong_password', 'PKCS#12 MAC does not verify');
}

/** Reads the private key and its certificate (plus any chain) from a PKCS#12 file. */
export function readPkcs12(bytes: Uint8Array, password: string): KeyAndCertificate {
  let pfx: Node;
  let authSafe: Uint8Array;
  try {
    pfx = parse(bytes);
    const outer = child(pfx, 1);
    if (oidOf(child(outer, 0)) !== OID.data) throw unreadable('only password-integrity files are supported');
    authSafe = octets(explicit(child(outer, 1)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('not a PKCS#12 file', error);
  }
  verifyMac(pfx, authSafe, password);
  const keys: KeyObject[] = [];
  const certs: ParsedCertificate[] = [];
  const readBags = (safeContents: Uint8Array) => {
    for (const bag of children(parse(safeContents))) {
      const id = oidOf(child(bag, 0));
      const value = explicit(child(bag, 1));
      if (value === undefined) continue;
      if (id === P12.keyBag)
        keys.push(createPrivateKey({ key: Buffer.from(der(value)), format: 'der', type: 'pkcs8' }));
      else if (id === P12.shroudedKeyBag) {
        const info = value;
        const plain = decrypt(child(info, 0), octets(child(info, 1)), password);
        keys.push(createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' }));
      } else if (id === P12.certBag && oidOf(child(value, 0)) === P12.x509Certificate)
        certs.push(parseCertificate(octets(explicit(child(value, 1)))));
    }
  };
  try {
    for (const info of children(parse(authSafe))) {
      const type = oidOf(child(info, 0));
      const content = explicit(child(info, 1));
      if (type === OID.data) readBags(octets(content));
      else if (type === P12.encryptedData) {
        const eci = child(content, 1);
        const encrypted = child(eci, 2);
        if (encrypted === undefined) continue;
        // [0] IMPLICIT OCTET STRING: primitive bytes or constructed chunks.
        const bytesOf = (n: Node): Uint8Array =>
          n.idBlock.isConstructed
            ? Buffer.concat(
                children(n).map((c) => (c instanceof asn1js.OctetString ? octets(c) : bytesOf(c))),
              )
            : new Uint8Array((n as asn1js.Primitive).valueBlock.valueHexView);
        readBags(decrypt(child(eci, 1), bytesOf(encrypted), password));
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('contents', error);
  }
  const key = keys[0];
  if (key === undefined) throw unreadable('no private key in the file');
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const certificate = certs.find((c) =>
    bytesEqual(c.x509.publicKey.export({ type: 'spki', format: 'der' }), spki),
  );
  if (certificate === undefined) throw unreadable('no certificate for the private key');
  return { key, certificate, chain: certs.filter((c) => c !== certificate) };
}

// ---- writing --------------------------------------------------------------------------------

const seq = (...value: asn1js.AsnType[]) => new asn1js.Sequence({ value });
const oid = (value: string) => new asn1js.ObjectIdentifier({ value });
const octetString = (bytes: Uint8Array) => new asn1js.OctetString({ valueHex: bytes });
const ctx0 = (value: asn1js.AsnType) =>
  new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [value] });

/**
 * Writes a PKCS#12 file the way OpenSSL 3 does by default: the key as PBES2 (PBKDF2-SHA256,
 * AES-256-CBC), an HMAC-SHA256 integrity check. Certificates go in a plain safe, so that
 * `ruqsat pki revoke` can read the serial without the password.
 */
export function writePkcs12(
  key: KeyObject,
  certificate: Uint8Array,
  chain: readonly Uint8Array[],
  password: string,
  friendlyName = 'ruqsat',
): Uint8Array {
  const localKeyId = createHash('sha1').update(certificate).digest();
  const attrs = new asn1js.Set({
    value: [
      seq(oid(P12.localKeyId), new asn1js.Set({ value: [octetString(localKeyId)] })),
      seq(oid(P12.friendlyName), new asn1js.Set({ value: [new asn1js.BmpString({ value: friendlyName })] })),
    ],
  });
  const encryptedKey = key.export({
    type: 'pkcs8',
    format: 'der',
    cipher: 'aes-256-cbc',
    passphrase: password,
  });
  const keyBag = seq(oid(P12.shroudedKeyBag), ctx0(parse(encryptedKey)), attrs);
  const certBag = (cert: Uint8Array, withAttrs: boolean) =>
    seq(
      oid(P12.certBag),
      ctx0(seq(oid(P12.x509Certificate), ctx0(octetString(cert)))),
      ...(withAttrs ? [attrs] : []),
    );
  const dataInfo = (bags: asn1js.AsnType[]) => seq(oid(OID.data), ctx0(octetString(der(seq(...bags)))));
  const authSafe = der(
    seq(dataInfo([keyBag]), dataInfo([certBag(certificate, true), ...chain.map((c) => certBag(c, false))])),
  );
  const salt = randomBytes(16);
  const iterations = 2048;
  const macKey = pkcs12Kdf('sha256', password, salt, 3, iterations, 32);
  const mac = createHmac('sha256', macKey).update(authSafe).digest();
  return der(
    seq(
      new asn1js.Integer({ value: 3 }),
      seq(oid(OID.data), ctx0(octetString(authSafe))),
      seq(
        seq(seq(oid(OID.sha256), new asn1js.Null()), octetString(mac)),
        octetString(salt),
        new asn1js.Integer({ value: iterations }),
      ),
    ),
  );
}

/** The certificates of a PKCS#12 file readable without the password (plain safes only). */
export function pkcs12Certificates(bytes: Uint8Array): ParsedCertificate[] {
  try {
    const pfx = parse(bytes);
    const authSafe = octets(explicit(child(child(pfx, 1), 1)));
    const certs: ParsedCertificate[] = [];
    for (const info of children(parse(authSafe))) {
      if (oidOf(child(info, 0)) !== OID.data) continue;
      for (const bag of children(parse(octets(explicit(child(info, 1)))))) {
        const value = explicit(child(bag, 1));
        if (oidOf(child(bag, 0)) === P12.certBag && oidOf(child(value, 0)) === P12.x509Certificate)
          certs.push(parseCertificate(octets(explicit(child(value, 1)))));
      }
    }
    return certs;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('not a PKCS#12 file', error);
  }
}
