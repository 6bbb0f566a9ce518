/**
 * Signing results with the official's key: a detached CMS (CAdES-BES) with the signer's
 * certificate, the signing time and the signing-certificate attribute, which `verifySignature`
 * reads back. The CMS is built by cms-signing.ts (shared with the browser); the private-key
 * operation is synchronous node:crypto; the key comes from PKCS#12 or PEM.
 */
import { createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { AppError } from '../errors/app-error.ts';
import { bytesEqual, parseCertificate, pemBlocks, type ParsedCertificate } from './certificate.ts';
import { ECDSA_SHA256, prepareCms, RSA_SHA256, type CmsSignerAlgorithm } from './cms-signing.ts';
import { openPkcs12, Pkcs12Error, writePkcs12, type Pkcs12KeyFile } from './pkcs12.ts';

export interface SigningKey {
  key: KeyObject;
  certificate: ParsedCertificate;
  chain: readonly ParsedCertificate[];
}

/**
 * Opens a PKCS#12 file with any key algorithm in it (RSA, EC, GOST): the PKCS#8 bytes, the
 * algorithm OID and the certificates, for signers other than node:crypto (GOST). Errors:
 * `signature.wrong_password`, `signature.key_unreadable`.
 */
export function keyFileFromPkcs12(bytes: Uint8Array, password: string): Pkcs12KeyFile {
  try {
    return openPkcs12(bytes, password);
  } catch (error) {
    if (!(error instanceof Pkcs12Error)) throw error;
    if (error.reason === 'wrong_password')
      throw new AppError('signature.wrong_password', error.message, {}, { cause: error });
    const reason = `PKCS#12: ${error.message}`;
    throw new AppError('signature.key_unreadable', reason, { reason }, { cause: error });
  }
}

/** The official's key from a PKCS#12 file, for node:crypto (RSA, EC); GOST is `unsupported_algorithm`. */
export function signingKeyFromPkcs12(bytes: Uint8Array, password: string): SigningKey {
  return signingKeyOf(keyFileFromPkcs12(bytes, password));
}

/** The node:crypto key of an opened PKCS#12 file (RSA, EC); GOST is `unsupported_algorithm`. */
export function signingKeyOf(file: Pkcs12KeyFile): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(file.key.pkcs8), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new AppError(
      'signature.unsupported_algorithm',
      `signing key ${file.key.algorithm}`,
      { algorithm: file.key.algorithm },
      { cause: error },
    );
  }
  return { key, certificate: parseCertificate(file.certificate), chain: file.chain.map(parseCertificate) };
}

/** A PKCS#12 file holding `signer` (key, certificate, chain), as `ruqsat pki issue` writes it. */
export function pkcs12Of(signer: SigningKey, password: string): Uint8Array {
  return writePkcs12(
    new Uint8Array(signer.key.export({ type: 'pkcs8', format: 'der' })),
    signer.certificate.der,
    signer.chain.map((c) => c.der),
    password,
  );
}

/** The official's key from PEM: a private key (optionally encrypted) and one or more certificates, leaf first. */
export function signingKeyFromPem(keyPem: string, certificatesPem: string, password?: string): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey(password === undefined ? keyPem : { key: keyPem, passphrase: password });
  } catch (error) {
    throw new AppError(
      'signature.key_unreadable',
      'PEM private key',
      { reason: 'PEM private key' },
      { cause: error },
    );
  }
  const certs = pemBlocks(certificatesPem, 'CERTIFICATE').map(parseCertificate);
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const certificate = certs.find((c) =>
    bytesEqual(c.x509.publicKey.export({ type: 'spki', format: 'der' }), spki),
  );
  if (certificate === undefined)
    throw new AppError('signature.key_unreadable', 'no certificate for the key', {
      reason: 'no certificate for the key',
    });
  return { key, certificate, chain: certs.filter((c) => c !== certificate) };
}

export interface CmsSignature {
  der: Uint8Array;
  base64: string;
}

/**
 * Signs `content` with `key`: a detached CMS with signer certificate (and chain), signingTime
 * `now`, messageDigest SHA-256 and signingCertificateV2. RSA keys sign with PKCS#1 v1.5, EC keys
 * with ECDSA — the algorithms NCALayer produces for RSA and what browsers' WebCrypto offers.
 */
export function signDetached(content: Uint8Array, signer: SigningKey, now: Date): CmsSignature {
  return signCms(content, signer, now, { detached: true });
}

/** The same with the content inside (as NCALayer's createCAdESFromBase64 with attached = true). */
export function signAttached(content: Uint8Array, signer: SigningKey, now: Date): CmsSignature {
  return signCms(content, signer, now, { detached: false });
}

/** The CMS algorithm of a node:crypto key: RSA PKCS#1 v1.5 or ECDSA, with SHA-256. */
export function nodeAlgorithm(key: KeyObject): CmsSignerAlgorithm {
  const type = key.asymmetricKeyType;
  if (type === 'rsa') return RSA_SHA256;
  if (type === 'ec') return ECDSA_SHA256;
  throw new AppError('signature.unsupported_algorithm', `signing key ${type}`, { algorithm: String(type) });
}

/** Signs `toBeSigned` with a node:crypto key as `nodeAlgorithm` names it (ECDSA: DER r and s). */
export function nodeSign(key: KeyObject, toBeSigned: Uint8Array): Uint8Array {
  const ec = nodeAlgorithm(key) === ECDSA_SHA256;
  return new Uint8Array(cryptoSign('sha256', toBeSigned, ec ? { key, dsaEncoding: 'der' } : key));
}

function signCms(
  content: Uint8Array,
  signer: SigningKey,
  now: Date,
  { detached }: { detached: boolean },
): CmsSignature {
  const prepared = prepareCms({
    content,
    certificate: signer.certificate.der,
    chain: signer.chain.map((c) => c.der),
    algorithm: nodeAlgorithm(signer.key),
    now,
    detached,
  });
  const der = prepared.finish(nodeSign(signer.key, prepared.toBeSigned));
  return { der, base64: Buffer.from(der).toString('base64') };
}
