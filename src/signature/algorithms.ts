/**
 * Signature algorithms, from the OIDs in a CMS SignerInfo or an X.509 certificate to a
 * node:crypto verification. Synchronous on purpose: OpenSSL's one-shot verify costs tens of
 * microseconds and keeps `verifyCmsOffline` free of promises (see bench/signature.bench.ts).
 */
import { constants, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { RsaSaPssParams } from '@peculiar/asn1-rsa';
import { AppError } from '../errors/app-error.ts';
import { OID, isGostOid } from './oids.ts';

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

/** The node:crypto name of a digest OID; GOST 34.311 and anything unknown are refused. */
export function digestName(oid: string): string {
  const name = DIGESTS[oid];
  if (name === undefined) throw unsupported(oid);
  return name;
}

/**
 * Verifies `signature` over `data`. `digestOid` matters when the signature OID names only the
 * key type (CMS allows rsaEncryption / ecPublicKey there, with the digest given separately).
 */
export function verifyWith(
  algorithm: { oid: string; params?: ArrayBuffer | null },
  digestOid: string | null,
  key: KeyObject,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  const { oid } = algorithm;
  if (isGostOid(oid)) throw unsupported(oid);
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
