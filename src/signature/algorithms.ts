/**
 * Signature algorithms, from the OIDs in a CMS SignerInfo or an X.509 certificate to a
 * verification: node:crypto for RSA, ECDSA and Ed25519, gost.ts for the national CA's GOST.
 * Synchronous on purpose: OpenSSL's one-shot verify costs tens of microseconds and keeps
 * `verifyCmsOffline` free of promises (see bench/signature.bench.ts).
 */
import { KeyObject, constants, createHash, verify as cryptoVerify } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { RsaSaPssParams } from '@peculiar/asn1-rsa';
import { AppError } from '../errors/app-error.ts';
import { gostDigest, gostVerify, isGostDigest, type GostPublicKey } from './gost.ts';
import { OID, isGostOid } from './oids.ts';

/** A certificate's public key: a node:crypto key, or a GOST key node:crypto cannot hold. */
export type VerificationKey = KeyObject | GostPublicKey;

const RSA_PSS = '1.2.840.113549.1.1.10';

const DIGESTS: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

const RSA_WITH: Record<string, string> = {
  [OID.sha1WithRsa]: 'sha1',
  [OID.sha256WithRsa]: 'sha256',
  [OID.sha384WithRsa]: 'sha384',
  [OID.sha512WithRsa]: 'sha512',
};

const ECDSA_WITH: Record<string, string> = {
  [OID.ecdsaWithSha1]: 'sha1',
  [OID.ecdsaWithSha256]: 'sha256',
  [OID.ecdsaWithSha384]: 'sha384',
  [OID.ecdsaWithSha512]: 'sha512',
};

export function unsupported(oid: string): AppError {
  const name = isGostOid(oid) ? `GOST (${oid})` : oid;
  return new AppError('signature.unsupported_algorithm', `unsupported algorithm ${oid}`, { algorithm: name });
}

/** The node:crypto name of a digest OID; anything unknown is refused. */
export function digestName(oid: string): string {
  const name = DIGESTS[oid];
  if (name === undefined) throw unsupported(oid);
  return name;
}

/** The digest of `data` by the algorithm an OID names: SHA-1/2 or the national CA's GOST hashes. */
export function digest(oid: string, data: Uint8Array): Uint8Array {
  if (isGostDigest(oid)) return gostDigest(oid, data);
  return createHash(digestName(oid)).update(data).digest();
}

/**
 * Verifies `signature` over `data`. `digestOid` matters when the signature OID names only the
 * key type (CMS allows rsaEncryption / ecPublicKey there, with the digest given separately).
 */
export function verifyWith(
  algorithm: { oid: string; params?: ArrayBuffer | null },
  digestOid: string | null,
  key: VerificationKey,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  const { oid } = algorithm;
  if (isGostOid(oid)) return gostVerify(oid, key instanceof KeyObject ? null : key, data, signature);
  if (!(key instanceof KeyObject)) return false;
  const keyType = key.asymmetricKeyType;
  if (oid === OID.ed25519) return keyType === 'ed25519' && cryptoVerify(null, data, key, signature);
  const rsaHash =
    RSA_WITH[oid] ?? (oid === OID.rsaEncryption && digestOid !== null ? digestName(digestOid) : null);
  if (rsaHash !== null) return keyType === 'rsa' && cryptoVerify(rsaHash, data, key, signature);
  const ecHash =
    ECDSA_WITH[oid] ?? (oid === OID.ecPublicKey && digestOid !== null ? digestName(digestOid) : null);
  if (ecHash !== null)
    return keyType === 'ec' && cryptoVerify(ecHash, data, { key, dsaEncoding: 'der' }, signature);
  if (oid === RSA_PSS) {
    const params =
      algorithm.params != null ? AsnConvert.parse(algorithm.params, RsaSaPssParams) : new RsaSaPssParams();
    return (
      (keyType === 'rsa' || keyType === 'rsa-pss') &&
      cryptoVerify(
        digestName(params.hashAlgorithm.algorithm),
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: params.saltLength },
        signature,
      )
    );
  }
  throw unsupported(oid);
}
