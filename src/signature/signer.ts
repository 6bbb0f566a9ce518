/**
 * Whatever holds an official's key signs results through one shape, `CmsSigner`: node:crypto
 * for RSA and EC keys (PKCS#12, PEM), gost.ts for the national CA's GOST keys. Each signs only the CMS's signed attributes
 * (cms-signing.ts builds the rest); `signResult` then adds the signed time from a TSA (CAdES-T).
 */
import { parseCertificate, type ParsedCertificate } from './certificate.ts';
import { prepareCms, type CmsSignerAlgorithm } from './cms-signing.ts';
import { gostDigest, gostPrivateKey, gostPublicKey, gostSign, type GostPrivateKey } from './gost.ts';
import type { Pkcs12KeyFile } from './pkcs12.ts';
import { isGostOid } from './oids.ts';
import { nodeAlgorithm, nodeSign, signingKeyOf, type CmsSignature, type SigningKey } from './sign.ts';
import { addTimeStamps, type TimeStampAuthority } from './timestamp.ts';

export interface CmsSigner {
  certificate: ParsedCertificate;
  /** Further certificates the CMS carries (issuing CA, root). */
  chain: readonly ParsedCertificate[];
  algorithm: CmsSignerAlgorithm;
  /** Signs the DER of the signed attributes (hashing included): the value the SignerInfo carries. */
  sign(toBeSigned: Uint8Array): Promise<Uint8Array>;
}

/** A node:crypto key (RSA, EC) as a CmsSigner. */
export function nodeSigner(key: SigningKey): CmsSigner {
  return {
    certificate: key.certificate,
    chain: key.chain,
    algorithm: nodeAlgorithm(key.key),
    sign: async (toBeSigned) => nodeSign(key.key, toBeSigned),
  };
}

/**
 * The CMS algorithm of a GOST key as the NCA's own CMS names it (measured on
 * `gost2015-and-rsa-*.cms`): digestAlgorithm the GOST hash with NULL parameters,
 * signatureAlgorithm the signature OID (…1.1.2.3.2 for 34.10-2015) with NULL parameters.
 */
export function gostAlgorithm(key: GostPrivateKey): CmsSignerAlgorithm {
  return {
    digest: { oid: key.digestOid, hash: (data) => gostDigest(key.digestOid, data) },
    signature: { oid: key.signatureOid, nullParameters: true },
  };
}

/** A GOST key (from the NCA's PKCS#12) as a CmsSigner: GOST 34.310-2004 or 34.10-2015 (512). */
export function gostSigner(file: Pkcs12KeyFile): CmsSigner {
  const certificate = parseCertificate(file.certificate);
  const key = gostPrivateKey(
    file.key.pkcs8,
    file.key.algorithm,
    file.key.parameters ?? null,
    gostPublicKey(certificate.spkiDer).point,
  );
  return {
    certificate,
    chain: file.chain.map(parseCertificate),
    algorithm: gostAlgorithm(key),
    sign: async (toBeSigned) => gostSign(key, toBeSigned),
  };
}

/** The signer of any key a PKCS#12 file holds: GOST through gost.ts, RSA and EC through node:crypto. */
export function signerFromKeyFile(file: Pkcs12KeyFile): CmsSigner {
  return isGostOid(file.key.algorithm) ? gostSigner(file) : nodeSigner(signingKeyOf(file));
}

const isCmsSigner = (k: SigningKey | CmsSigner): k is CmsSigner => 'algorithm' in k;

/**
 * Signs a result: a detached CMS (CAdES-BES) by `signer`, and — with a TSA — an RFC 3161 token
 * over each signature value as its unsigned attribute (CAdES-T), so the signing time is the
 * TSA's, not the server's own claim. A TSA that fails fails the signing: a result is not issued
 * without the time the deployment promised.
 */
export async function signResult(
  content: Uint8Array,
  key: SigningKey | CmsSigner,
  now: Date,
  options: { tsa?: TimeStampAuthority | null; detached?: boolean } = {},
): Promise<CmsSignature> {
  const signer = isCmsSigner(key) ? key : nodeSigner(key);
  const prepared = prepareCms({
    content,
    certificate: signer.certificate.der,
    chain: signer.chain.map((c) => c.der),
    algorithm: signer.algorithm,
    now,
    detached: options.detached ?? true,
  });
  let der = prepared.finish(await signer.sign(prepared.toBeSigned));
  if (options.tsa != null) der = await addTimeStamps(der, options.tsa);
  return { der, base64: Buffer.from(der).toString('base64') };
}
